using System.ComponentModel.DataAnnotations;
using BoneInfo.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Admin.Users;

[Authorize(Policy = Policies.Admin)]
public sealed class NewModel(UserAdministration accounts) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty, Display(Name = "Name")]
    public string? DisplayName { get; set; }

    [BindProperty]
    public UserRole Role { get; set; } = UserRole.Writer;

    [BindProperty, DataType(DataType.Password), Display(Name = "Initial password")]
    public string? Password { get; set; }

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page(); // a role that is not one did not bind: Role would be the default, so nothing is created
        }
        var result = await accounts.CreateAsync(new NewUser(Email ?? "", DisplayName ?? "", Role, Password ?? ""));
        AccountForm.AddTo(ModelState, result);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Message = $"Added {SignInService.Normalize(Email!)} as a {Role}. Give them their password in person or by phone, not by email.";
        return Redirect("/admin/users");
    }
}
