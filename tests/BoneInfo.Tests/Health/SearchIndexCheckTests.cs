using System.Net;
using System.Text.Json;
using BoneInfo.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace BoneInfo.Tests.Health;

/// <summary>
/// The search index is compared with the published articles once the app has started (as <c>-- verify</c> does),
/// in the background: /health shows the last result as <c>searchIndex</c>, and the log says what differs.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SearchIndexCheckTests : IDisposable
{
    private readonly TestContentFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task HealthReportsTheIndexAsOkOnceTheStartUpCheckHasRun()
    {
        using var client = _app.CreateClient();

        var (overall, searchIndex, description) = await CheckedHealthAsync(client);

        Assert.Equal(("healthy", "healthy", "ok"), (overall, searchIndex, description));
    }

    [Fact]
    public async Task AnIndexThatDisagreesAtStartIsDegradedInHealthAndEachDifferenceIsLoggedAsAWarning()
    {
        using (var first = _app.CreateClient())
        {
            await CheckedHealthAsync(first); // the database made, the articles imported and indexed
        }
        await using (var connection = new SqliteConnection($"Data Source={_app.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE ArticleSearch SET slug = 'moved-elsewhere' WHERE slug = 'sample-condition'";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
        var log = Path.Combine(Path.GetDirectoryName(_app.DatabasePath)!, "restart.log");
        await using var restarted = _app.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration(configuration =>
            configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:Using:1"] = "Serilog.Sinks.File",
                ["Serilog:WriteTo:1:Name"] = "File",
                ["Serilog:WriteTo:1:Args:path"] = log,
                ["Serilog:WriteTo:1:Args:outputTemplate"] = "{Level:u3}|{Message:lj}{NewLine}",
            })));
        using var client = restarted.CreateClient();

        var (overall, searchIndex, description) = await CheckedHealthAsync(client);
        await restarted.DisposeAsync(); // flushes the log

        Assert.Equal(("degraded", "degraded", "mismatch (1 difference)"), (overall, searchIndex, description));
        var lines = await File.ReadAllLinesAsync(log);
        Assert.Contains(lines, l => l.StartsWith("WRN|Search index check: ", StringComparison.Ordinal)
            && l.Contains("indexed as 'moved-elsewhere' but published as 'sample-condition'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("WRN|Search index check: 1 difference between", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("the index agrees", StringComparison.Ordinal));
    }

    /// <summary>/health once the start-up check has a result: overall status, and the searchIndex entry's status and description.</summary>
    private static async Task<(string Overall, string Status, string Description)> CheckedHealthAsync(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var entry = json.RootElement.GetProperty("checks").GetProperty("searchIndex");
            var description = entry.GetProperty("description").GetString()!;
            if (description != "not checked yet" || attempt == 300)
            {
                return (json.RootElement.GetProperty("status").GetString()!, entry.GetProperty("status").GetString()!, description);
            }
            await Task.Delay(100);
        }
    }
}
