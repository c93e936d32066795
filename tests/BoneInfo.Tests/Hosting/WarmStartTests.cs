using BoneInfo.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BoneInfo.Tests.Hosting;

/// <summary>
/// The built app answers its most-read pages in process before Kestrel takes a connection, so that the clients who
/// waited through a restart do not all compile the same code at once; an operator can turn it off.
/// </summary>
[Trait("Category", "Integration")]
public sealed class WarmStartTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private string DatabasePath => new SqliteConnectionStringBuilder(_database.ConnectionString).DataSource;

    [Fact]
    public async Task TheMostReadPagesAreAnsweredBeforeTheAppListens()
    {
        using var app = await KillableApp.StartServerAsync(DatabasePath, new Dictionary<string, string?>(AppProcess.ConsoleLog) { ["Content__Path"] = RepoPaths.TestContent });
        var log = app.Output;

        var warmed = log.IndexOf("Warm start: /health 200, / 200, /conditions 200, /search?q=bone 200, /api/search?q=bone 200, /conditions/", StringComparison.Ordinal);
        Assert.True(warmed >= 0, $"no warm start with every page answered 200 in the log: {log}");
        Assert.True(warmed < log.IndexOf("Now listening on", StringComparison.Ordinal), $"the warm start came after listening: {log}");
    }

    [Fact]
    public async Task AnOperatorCanTurnTheWarmStartOff()
    {
        using var app = await KillableApp.StartServerAsync(DatabasePath, new Dictionary<string, string?>(AppProcess.ConsoleLog) { ["Hosting__WarmStart"] = "false" });

        Assert.Contains("Now listening on", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Warm start", app.Output, StringComparison.Ordinal);
    }
}
