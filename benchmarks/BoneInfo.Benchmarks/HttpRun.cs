using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BoneInfo.Benchmarks;

/// <summary>
/// The real app on Kestrel (loopback, a free port) over the benchmark's database, queried one request at a time
/// through GET /api/search with an ordinary HttpClient.
/// </summary>
public static class HttpRun
{
    public static async Task<RunResult> RunAsync(string databaseFile, string contentFolder, RunPlan plan, Action<string> progress)
    {
        // An environment variable, not a factory setting (those arrive as command-line arguments that also give parent
        // keys such as "Serilog:MinimumLevel" an empty value, see tests/.../Hosting/RequestLoggingTests):
        // Warning keeps the one-line-per-request log (console I/O) out of the timings and the output.
        Environment.SetEnvironmentVariable("Serilog__MinimumLevel__Default", "Warning");
        await using var app = new BenchmarkApp(databaseFile, contentFolder);
        app.UseKestrel(0);
        app.StartServer();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        if (!address.IsLoopback)
        {
            throw new InvalidOperationException($"The app listens on {address}, which is not a loopback address.");
        }
        progress($"app listening on {address}");
        using var client = new HttpClient { BaseAddress = address };
        return await TimedLoop.MeasureAsync(async query =>
        {
            using var response = await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
            await response.Content.ReadAsByteArrayAsync(); // the whole JSON body, as a browser would wait for it
            return response.IsSuccessStatusCode;
        }, plan, progress);
    }

    /// <summary>The app as deployed (Production), on the given file, with no import and no practical rate limit.</summary>
    private sealed class BenchmarkApp(string databaseFile, string contentFolder) : WebApplicationFactory<global::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:BoneInfo", $"Data Source={databaseFile}");
            builder.UseSetting("Content:Path", contentFolder);
            builder.UseSetting("Content:ImportOnStartup", "false");
            builder.UseSetting("Search:RateLimit:PermitLimit", "1000000");
        }

        // The factory's own content-root search looks for src/BoneInfo.Web beside the solution file and misses it.
        protected override IHost CreateHost(IHostBuilder builder)
        {
            builder.UseContentRoot(Path.GetFullPath(Path.Combine(contentFolder, "..", "src", "BoneInfo.Web")));
            return base.CreateHost(builder);
        }
    }
}
