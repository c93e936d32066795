using BoneInfo.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Data;

/// <summary>The connection settings hold on every connection, the first and those taken again from the pool.</summary>
[Trait("Category", "Integration")]
public sealed class SqlitePragmaInterceptorTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ForeignKeysBusyTimeoutAndWalHoldOnAConnectionReusedFromThePool()
    {
        var settings = new List<(long, long, string)>();
        for (var open = 0; open < 3; open++)
        {
            await using var db = _database.CreateContext();
            await db.Database.OpenConnectionAsync();
            settings.Add((
                await db.Database.SqlQueryRaw<long>("SELECT foreign_keys AS Value FROM pragma_foreign_keys()").SingleAsync(),
                await db.Database.SqlQueryRaw<long>("SELECT timeout AS Value FROM pragma_busy_timeout()").SingleAsync(),
                await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode()").SingleAsync()));
            await db.Database.CloseConnectionAsync();
        }

        Assert.All(settings, s => Assert.Equal((1L, 5000L, "wal"), s));
    }
}
