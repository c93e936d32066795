using BoneInfo.Web.Accounts;
using BoneInfo.Web.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Admin.Audit;

[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AuditQuery audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "email")]
    public string? EmailFilter { get; set; }

    /// <summary>"p", not "page": Razor Pages keeps "page" for its own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> Actions { get; private set; } = [];

    public AuditPage Results { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Actions = await audit.ActionsAsync(cancellationToken);
        Results = await audit.FindAsync(new AuditFilter(ActionFilter, EmailFilter, PageNumber), cancellationToken);
    }

    /// <summary>The link to another page of the same filtered list.</summary>
    public string PageLink(int page)
    {
        var query = new Dictionary<string, string?>();
        if (!string.IsNullOrEmpty(ActionFilter))
        {
            query["action"] = ActionFilter;
        }
        if (!string.IsNullOrEmpty(EmailFilter))
        {
            query["email"] = EmailFilter;
        }
        query["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return "/admin/audit" + QueryString.Create(query).ToUriComponent();
    }
}
