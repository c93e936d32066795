using BoneInfo.Web.Data;

namespace BoneInfo.Web.Hosting;

/// <summary>
/// A GET or HEAD whose database connection was lost (PostgreSQL restarted, failed over or ended the app's sessions)
/// is answered once more on a new connection before anything was sent: a reader then gets the page, not a 503, for
/// a connection the server closed while it sat in the pool. The storage-fault interceptor has already emptied the
/// pool. Writes are never repeated: the editor's 503 page keeps their text instead.
/// </summary>
public sealed class ReadRetry(RequestDelegate next, IServiceScopeFactory scopes, ILogger<ReadRetry> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested
            && StorageFailure.Classify(ex) is { Kind: StorageFaultKind.Unreachable })
        {
            logger.LogWarning("{Path}: the database connection was lost; answering once more on a new one", context.Request.Path);
            context.Response.Clear();
            // A new scope, so the retry gets a new DbContext rather than the one whose connection failed.
            var original = context.RequestServices;
            await using var scope = scopes.CreateAsyncScope();
            context.RequestServices = scope.ServiceProvider;
            try
            {
                await next(context);
            }
            finally
            {
                context.RequestServices = original;
            }
        }
    }
}
