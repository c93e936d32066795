using BoneInfo.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Admin.Users;

[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(UserAdministration accounts, TimeProvider clock) : PageModel
{
    public IReadOnlyList<User> Accounts { get; private set; } = [];

    public DateTime Now { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Accounts = await accounts.ListAsync();
    }
}
