using System.ComponentModel.DataAnnotations;
using BoneInfo.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Admin.Users;

/// <summary>One user: change role, deactivate or reactivate, reset the password. Each is its own form.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(UserAdministration accounts, SessionStore sessions, TimeProvider clock) : PageModel
{
    public User Account { get; private set; } = new();

    public bool IsSelf => Account.Id == User.UserId();

    public bool IsLocked => Account.LockedUntil > clock.GetUtcNow().UtcDateTime;

    [BindProperty]
    public UserRole Role { get; set; }

    [BindProperty, DataType(DataType.Password), Display(Name = "New password")]
    public string? Password { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Role = Account.Role;
        return Page();
    }

    public Task<IActionResult> OnPostRoleAsync(int id) =>
        ApplyAsync(id, () => accounts.ChangeRoleAsync(User.UserId() ?? 0, id, Role), $"Role changed to {Role}.");

    public Task<IActionResult> OnPostActiveAsync(int id, bool active) =>
        ApplyAsync(id, () => accounts.SetActiveAsync(User.UserId() ?? 0, id, active), active ? "Account reactivated." : "Account deactivated.");

    public Task<IActionResult> OnPostPasswordAsync(int id) =>
        ApplyAsync(id, () => accounts.ResetPasswordAsync(id, Password ?? ""), "Password reset. Give them the new password in person or by phone.");

    /// <summary>Makes the change only if the form bound: a role or state that did not would read as the default (Writer, deactivated).</summary>
    private async Task<IActionResult> ApplyAsync(int id, Func<Task<AccountResult>> change, string done)
    {
        var result = ModelState.IsValid ? await change() : AccountResult.Ok;
        if (result.NotFound || !await LoadAsync(id))
        {
            return NotFound();
        }
        AccountForm.AddTo(ModelState, result);
        if (!ModelState.IsValid)
        {
            Role = ModelState.ContainsKey(nameof(Role)) ? Role : Account.Role;
            return Page();
        }
        if (IsSelf)
        {
            // The change ended every session of this user, including this one; give this browser a new one.
            await sessions.StartAsync(HttpContext, Account);
        }
        Message = IsSelf ? done : $"{done} Their other sessions have ended.";
        return Redirect($"/admin/users/{id}");
    }

    private async Task<bool> LoadAsync(int id)
    {
        Account = await accounts.FindAsync(id) ?? new User();
        return Account.Id != 0;
    }
}
