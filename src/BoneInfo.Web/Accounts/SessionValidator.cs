using BoneInfo.Web.Data;
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
        bool live;
        try
        {
            live = await sessions.IsLiveAsync(context.Principal);
        }
        catch (Exception ex) when (StorageFailure.Classify(ex)?.Kind == StorageFaultKind.Unreachable)
        {
            // The database cannot be reached, so neither can anything this cookie opens: the request goes on, so that
            // an editor's post gets the edit page back with the text and "not saved" rather than an error page. The
            // cookie is not renewed; the check runs again on the next request.
            context.ShouldRenew = false;
            return;
        }
        if (!live)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync();
        }
    }

    public override async Task CheckSlidingExpiration(CookieSlidingExpirationContext context)
    {
        if (!context.ShouldRenew || context.Principal is not { } principal)
        {
            return;
        }
        try
        {
            await sessions.ExtendAsync(principal);
        }
        catch (Exception ex) when (StorageFailure.Classify(ex) is not null)
        {
            // A full, read-only or unreachable database must not turn an editor's page into an error: the session
            // simply is not extended this time.
            context.ShouldRenew = false;
        }
    }
}
