using System.Security.Claims;
using BoneInfo.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Web.Accounts;

/// <summary>
/// Checks each signed-in request against the users table: a deactivated user, or one whose password or role
/// changed since the cookie was issued (security stamp), is signed out at once.
/// </summary>
public sealed class SessionValidator(BoneInfoDbContext db) : CookieAuthenticationEvents
{
    public const string StampClaim = "boneinfo:stamp";

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.UserId();
        var stamp = context.Principal?.FindFirstValue(StampClaim);
        bool valid;
        try
        {
            valid = id is not null && await db.Users.AsNoTracking()
                .AnyAsync(u => u.Id == id && u.IsActive && u.SecurityStamp == stamp);
        }
        catch (Exception ex) when (StorageFailure.Classify(ex)?.Kind == StorageFaultKind.Unreachable)
        {
            // The database cannot be reached, so neither can anything this cookie opens: the request goes on, so that
            // an editor's post gets the edit page back with the text and "not saved" rather than an error page. The
            // cookie is not renewed; the check runs again on the next request.
            context.ShouldRenew = false;
            return;
        }
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync();
        }
    }
}
