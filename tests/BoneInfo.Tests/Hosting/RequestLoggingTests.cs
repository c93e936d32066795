using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace BoneInfo.Tests.Hosting;

/// <summary>
/// One log line per request (method, path, status, elapsed ms), written through sinks configured only in the
/// "Serilog" configuration section: here a file sink added by settings, as an operator would in appsettings.json.
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class RequestLoggingTests : IDisposable
{
    private readonly LoggingFactory _app = new();

    public void Dispose() => _app.Dispose();

    private sealed class LoggingFactory() : BoneInfoFactory(RepoPaths.TestContent)
    {
        public string LogPath => Path.Combine(Path.GetDirectoryName(DatabasePath)!, "requests.log");
        public string JsonLogPath => Path.Combine(Path.GetDirectoryName(DatabasePath)!, "requests.json");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // A configuration source like appsettings.json, not UseSetting: the factory passes those as command-line
            // arguments that also give parent keys empty values, and Serilog would read "WriteTo:1" = "" as a sink name.
            builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:Using:1"] = "Serilog.Sinks.File",
                ["Serilog:WriteTo:1:Name"] = "File",
                ["Serilog:WriteTo:1:Args:path"] = LogPath,
                ["Serilog:WriteTo:1:Args:outputTemplate"] = "{Level:u3}|{Message:lj}{NewLine}",
                ["Serilog:WriteTo:2:Name"] = "File",
                ["Serilog:WriteTo:2:Args:path"] = JsonLogPath,
                ["Serilog:WriteTo:2:Args:formatter"] = "Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact",
            }));
        }
    }

    [GeneratedRegex(@"^INF\|HTTP GET /conditions/sample-condition responded 200 in \d+\.\d ms$", RegexOptions.Multiline)]
    private static partial Regex PageLine();

    [GeneratedRegex(@"^INF\|HTTP GET /conditions/no-such-condition responded 404 in \d+\.\d ms$", RegexOptions.Multiline)]
    private static partial Regex NotFoundLine();

    [Fact]
    public async Task EachRequestIsOneLineWithMethodPathStatusAndElapsedMilliseconds()
    {
        using var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/conditions/sample-condition")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/conditions/no-such-condition")).StatusCode);

        var log = await ReadLogAsync(_app.LogPath, text => PageLine().IsMatch(text) && NotFoundLine().IsMatch(text));

        Assert.True(PageLine().Count(log) == 1, log);
        // The 404 page is re-executed inside the same request: still one line, with the path that was asked for.
        Assert.True(NotFoundLine().Count(log) == 1, log);
        Assert.DoesNotContain("/error/404", log, StringComparison.Ordinal);

        // The same event as structured data: the template and the four properties, under the names they always had.
        var events = (await ReadLogAsync(_app.JsonLogPath, text => text.Contains("/conditions/no-such-condition", StringComparison.Ordinal)))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.TryGetProperty("StatusCode", out _)) // request lines, not other events logged during a request
            .ToList();
        var page = Assert.Single(events, e => e.GetProperty("RequestPath").GetString() == "/conditions/sample-condition");
        Assert.Equal(LoggingSetup.RequestMessageTemplate, page.GetProperty("@mt").GetString());
        Assert.Equal("GET", page.GetProperty("RequestMethod").GetString());
        Assert.Equal(200, page.GetProperty("StatusCode").GetInt32());
        Assert.True(page.GetProperty("ElapsedMs").GetDouble() > 0);
        Assert.False(page.TryGetProperty("@l", out _)); // Information (the compact format omits the default level)
    }

    /// <summary>The file sink flushes each event; the line is written as the request ends, so wait briefly for it.</summary>
    private static async Task<string> ReadLogAsync(string path, Func<string, bool> complete)
    {
        var text = "";
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (File.Exists(path))
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                text = await new StreamReader(stream).ReadToEndAsync();
                if (complete(text))
                {
                    break;
                }
            }
            await Task.Delay(100);
        }
        return text;
    }
}
