using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BoneInfo.Web.Accounts;

/// <summary>
/// Checks each signed-in request against the database: a cookie whose session was ended (sign-out, an admin's
/// change, expiry) or whose user is deactivated or has a new security stamp is refused and removed at once.
/// </summary>
public sealed class SessionValidator(SessionStore sessions) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (!await sessions.IsLiveAsync(context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync();
        }
    }

    public override async Task CheckSlidingExpiration(CookieSlidingExpirationContext context)
    {
        if (context.ShouldRenew && context.Principal is { } principal)
        {
            await sessions.ExtendAsync(principal);
        }
    }
}
