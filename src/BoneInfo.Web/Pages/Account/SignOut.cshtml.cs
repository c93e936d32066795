using BoneInfo.Web.Accounts;
using BoneInfo.Web.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Account;

public sealed class SignOutModel(SessionStore sessions, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(AuditActions.SignOut, User.Identity.Name);
            await sessions.SignOutAsync(HttpContext);
        }
        return Redirect("/");
    }
}
