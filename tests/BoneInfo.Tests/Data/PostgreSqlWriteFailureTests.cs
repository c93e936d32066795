using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Data;

/// <summary>
/// PostgreSQL gone from under the app: the database closed to connections and every connection the app held
/// terminated by the server. Cached pages are still served, /health says the database is unreachable, the editor's
/// save is refused with the text kept; once the database takes connections again, the save works.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PostgreSqlWriteFailureTests(PostgreSqlEditorSite site) : IClassFixture<PostgreSqlEditorSite>, IPostgreSqlTests
{
    [DatabaseFact]
    public Task ALostDatabaseRefusesTheSaveWithA503PageThatKeepsTheTextAndSavesOnceItIsBack() =>
        WriteFailureDrill.RunAsync(site, "connection-lost", "database unreachable", () => AllowConnectionsAsync(false), () => AllowConnectionsAsync(true));

    private async Task AllowConnectionsAsync(bool allow) =>
        await PostgreSqlServer.AdministerAsync(site.App.PostgreSqlConnectionString,
            $"ALTER DATABASE \"{{database}}\" WITH ALLOW_CONNECTIONS {(allow ? "true" : "false")}" + (allow ? "" : "; " + PostgreSqlServer.EndSessionsSql));
}
