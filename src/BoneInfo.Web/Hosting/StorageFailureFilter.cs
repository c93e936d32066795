using BoneInfo.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace BoneInfo.Web.Hosting;

/// <summary>A page that answers a refused write itself: the edit page re-shows the editor's text, autosave answers JSON.</summary>
public interface IAnswersStorageFailure
{
    IActionResult StorageFailed(StorageFault fault, string message);
}

/// <summary>
/// When a page handler's write meets a storage fault (<see cref="StorageFailure"/>), the page says that nothing was
/// saved, with a 503, instead of the error page. Pages that do not answer it themselves fall through to the
/// exception handler, which shows the 503 error page (<see cref="BoneInfoPipeline"/>). A GET or HEAD saves nothing:
/// its fault goes on to <see cref="ReadRetry"/>, which answers it again on a new connection when the old one was lost.
/// </summary>
public sealed class StorageFailureFilter(StorageHealth storage, ILogger<StorageFailureFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not { } exception || executed.ExceptionHandled || StorageFailure.Classify(exception) is not { } fault)
        {
            return;
        }
        storage.Failed(fault); // also a transaction SQLite would not begin (busy), which no EF Core interceptor sees
        var request = context.HttpContext.Request;
        if (context.HandlerInstance is not IAnswersStorageFailure page || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            return;
        }
        logger.LogWarning(exception, "Not saved ({Reason}): {Method} {Path}", fault.Reason, request.Method, request.Path);
        context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        executed.Result = page.StorageFailed(fault, NotSavedMessage(fault));
        executed.ExceptionHandled = true;
    }

    public const string RetryAfterSeconds = "60";

    /// <summary>What the editor reads: that nothing was saved, why, and that the text is safe.</summary>
    public static string NotSavedMessage(StorageFault fault) =>
        $"Not saved: the site cannot store changes just now ({fault.Reason}). Your text is below and this browser keeps a copy; try again in a few minutes.";
}
