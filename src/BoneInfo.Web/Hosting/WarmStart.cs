using System.Diagnostics;
using BoneInfo.Web.Articles;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace BoneInfo.Web.Hosting;

/// <summary>
/// Kestrel, but before it takes its first connection the app answers the pages readers ask most, in process and
/// through the very pipeline Kestrel will use. After a restart every client that waited comes back at once; without
/// this, their first requests would all build the route table, compile the queries and render their first pages
/// together, and the first of them waited over a second on a 2-core machine (docs/operations.md, "Recovery").
/// It gives up after <see cref="Budget"/>, so that a slow database delays listening by no more than that.
/// <c>Hosting:WarmStart=false</c> turns it off.
/// </summary>
public sealed class WarmStart(IServer kestrel, IServiceScopeFactory scopes, ILogger<WarmStart> logger) : IServer
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    public IFeatureCollection Features => kestrel.Features;

    public async Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
    {
        var started = Stopwatch.GetTimestamp();
        var answers = new List<string>();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        try
        {
            // All at once: they share little but the start-up locks, and a second core is otherwise idle.
            var paths = await PathsAsync(budget.Token);
            var statuses = await Task.WhenAll(paths.Select(path => Task.Run(() => AnswerAsync(application, path, budget.Token), budget.Token)))
                .WaitAsync(budget.Token);
            answers.AddRange(paths.Zip(statuses, (path, status) => $"{path} {status}"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            answers.Add($"stopped after {Budget.TotalSeconds:0} s");
        }
#pragma warning disable CA1031 // A warm start that fails only leaves the work to the first requests; the app must still listen.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            answers.Add($"not done ({ex.GetType().Name}: {ex.Message})");
        }
        logger.LogInformation("Warm start: {Answers} in {Ms:0} ms, before listening", string.Join(", ", answers),
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        await kestrel.StartAsync(application, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => kestrel.StopAsync(cancellationToken);

    public void Dispose() => kestrel.Dispose();

    /// <summary>Read-only pages: health, home, the A–Z, the first condition page, search and its API.</summary>
    private async Task<List<string>> PathsAsync(CancellationToken cancellationToken)
    {
        List<string> paths = ["/health", "/", "/conditions", "/search?q=bone", "/api/search?q=bone"];
        await using var scope = scopes.CreateAsyncScope();
        var first = await scope.ServiceProvider.GetRequiredService<IArticleRepository>().ListAToZAsync(1, cancellationToken);
        paths.AddRange(first.Select(article => "/conditions/" + article.Slug));
        return paths;
    }

    /// <summary>One GET through the pipeline with nothing but a request and an empty response; returns its status.</summary>
    private static async Task<string> AnswerAsync<TContext>(IHttpApplication<TContext> application, string pathAndQuery, CancellationToken budget)
        where TContext : notnull
    {
        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var request = new HttpRequestFeature
        {
            Method = HttpMethods.Get,
            Scheme = "http",
            Protocol = "HTTP/1.1",
            Path = query < 0 ? pathAndQuery : pathAndQuery[..query],
            QueryString = query < 0 ? "" : pathAndQuery[query..],
        };
        request.Headers.Host = "localhost";
        var response = new HttpResponseFeature();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = budget });
        var context = application.CreateContext(features);
        Exception? failure = null;
        try
        {
            await application.ProcessRequestAsync(context);
        }
#pragma warning disable CA1031 // A warm-up that fails only means the first real request does the work; it is logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failure = ex;
        }
        application.DisposeContext(context, failure);
        return failure is null ? response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : failure.GetType().Name;
    }
}

public static class WarmStartSetup
{
    /// <summary>Puts <see cref="WarmStart"/> in front of the server the host registered (Kestrel).</summary>
    public static WebApplicationBuilder AddWarmStart(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var server = services.LastOrDefault(d => d.ServiceType == typeof(IServer));
        if (server?.ImplementationType is { } kestrel && builder.Configuration.GetValue("Hosting:WarmStart", true))
        {
            services.Remove(server);
            services.AddSingleton(kestrel);
            services.AddSingleton<IServer>(provider => ActivatorUtilities.CreateInstance<WarmStart>(provider, provider.GetRequiredService(kestrel)));
        }
        return builder;
    }
}
