using System.ComponentModel.DataAnnotations;
using BoneInfo.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace BoneInfo.Web.Pages.Account;

[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class SignInModel(SignInService signIn) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your email address."), EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter your password."), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.SignInAsync(HttpContext, Email, Password);
        if (result == SignInOutcome.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
        }
        // One message for every failure, so the form never reveals which accounts exist or are locked.
        Problem = "Sign-in failed. Check your email and password, or wait 15 minutes if you have tried several times.";
        Password = "";
        return Page();
    }
}
