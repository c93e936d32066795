using System.Diagnostics;
using System.Globalization;
using BoneInfo.Web.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneInfo.Web.Pages.Errors;

/// <summary>
/// Friendly pages for error status codes (re-executed by the status-code and exception middleware).
/// Never shows exception details: those go to the log with the request id shown here.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string? RequestId { get; private set; }

    public IActionResult OnGet() => Show(CodeFromRoute());

    public IActionResult OnPost() => Show(CodeFromRoute());

    /// <summary>
    /// Read from the route directly, not bound: model binding reads a re-executed POST's form first, and a form it
    /// cannot read (a value over the size limit) would leave the code at 0 and the page saying "not found".
    /// </summary>
    private int CodeFromRoute() =>
        int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 0;

    private PageResult Show(int code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        // Asked for directly (/error/500), the page still reports the status it describes.
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        if (!reExecuted || Response.StatusCode == StatusCodes.Status200OK)
        {
            Response.StatusCode = status;
        }
        status = Response.StatusCode; // the exception handler re-executes /error/500 with 503 for a refused write
        (Heading, Explanation) = status switch
        {
            404 => ("Page not found", "We could not find that page. The condition may have a different name, or the address may be mistyped."),
            400 => ("That request could not be understood", "Something in the address or form was not in a form we accept. Please go back and try again."),
            429 => ("Too many attempts", $"Please wait {RetryAfter()} before trying again."),
            503 when RefusedWrite() is { } fault => ("Nothing was changed",
                $"BoneInfo cannot store changes just now ({fault.Reason}), so what you sent was not saved. Reading works as usual. " +
                "Go back and try again in a few minutes: what you typed is still in the form when you go back."),
            >= 500 => ("Something went wrong on our side", "Sorry, BoneInfo could not show this page just now. Please try again in a moment."),
            _ => ("This page is not available", "We could not show that page."),
        };
        if (status >= 500)
        {
            RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        }
        return Page();
    }

    private StorageFault? RefusedWrite() =>
        HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } error ? StorageFailure.Classify(error) : null;

    private string RetryAfter() =>
        int.TryParse(Response.Headers.RetryAfter, out var seconds) && seconds > 0
            ? seconds == 1 ? "a second" : $"{seconds} seconds"
            : "a minute";
}
