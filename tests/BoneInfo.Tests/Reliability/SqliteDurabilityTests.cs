using BoneInfo.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Reliability;

/// <summary>How every connection the app opens on SQLite commits: WAL, synced to disk at each commit.</summary>
[Trait("Category", "Integration")]
public sealed class SqliteDurabilityTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task EveryConnectionWritesAheadAndSyncsTheLogAtEachCommit()
    {
        await using var db = _database.CreateContext();
        await db.Database.OpenConnectionAsync();

        Assert.Equal("wal", await db.Database.SqlQuery<string>($"SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync());
        Assert.Equal(2, await db.Database.SqlQuery<int>($"SELECT synchronous AS Value FROM pragma_synchronous").SingleAsync()); // FULL
    }
}
