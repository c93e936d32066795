using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Options;

namespace BoneInfo.Web.Editing;

/// <summary>
/// When the sign-in has expired, a post from the edit page is refused like any other, but its text is not lost:
/// it is kept under a one-time token and the editor is sent to sign in with a return address that brings it back
/// (the edit page then saves it). Only a post that carries the antiforgery token the edit page issued to that
/// editor is kept, so a forged cross-site post stores nothing. Nothing is ever saved as an article here.
/// The editor's background calls (preview, autosave) get a plain 401 instead of a sign-in page.
/// </summary>
internal sealed class EditRecovery(IAntiforgery antiforgery, IOptionsMonitor<CookieAuthenticationOptions> cookies) : IAuthorizationMiddlewareResultHandler
{
    public const string RecoverParameter = "recover";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var request = context.Request;
        if (authorizeResult.Challenged && EditorRoutes.IsBackground(request.Path))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (authorizeResult.Challenged && HttpMethods.IsPost(request.Method) && request.HasFormContentType
            && EditorRoutes.IsEditPage(request.Path, out var articleId) && await VerifiedFormAsync(context) is { } form)
        {
            form.ArticleId = articleId;
            var token = await context.RequestServices.GetRequiredService<AutosaveStore>().KeepForSignInAsync(form, context.RequestAborted);
            var options = cookies.Get(CookieAuthenticationDefaults.AuthenticationScheme);
            var returnUrl = $"{EditorRoutes.Edit(articleId)}?{RecoverParameter}={token}";
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = $"{options.LoginPath}?{options.ReturnUrlParameter}={Uri.EscapeDataString(returnUrl)}";
            return;
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    /// <summary>The posted form, if its antiforgery token was issued by the edit page to the editor it names.</summary>
    private async Task<ArticleForm?> VerifiedFormAsync(HttpContext context)
    {
        var fields = await context.Request.ReadFormAsync(context.RequestAborted);
        var form = ArticleForm.FromFields(name => fields.TryGetValue(name, out var value) ? value.ToString() : null);
        if (form.EditorId is not { } editorId)
        {
            return null;
        }
        // The token is bound to the signed-in user's id claim; check it against the editor the form was made for.
        var signedOut = context.User;
        context.User = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, editorId.ToString(CultureInfo.InvariantCulture))],
            CookieAuthenticationDefaults.AuthenticationScheme));
        try
        {
            return await antiforgery.IsRequestValidAsync(context) ? form : null;
        }
        finally
        {
            context.User = signedOut;
        }
    }
}
