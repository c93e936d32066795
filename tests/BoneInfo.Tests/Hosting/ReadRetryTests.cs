using System.Net;
using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Hosting;

/// <summary>
/// PostgreSQL ends every session the app holds (a restart, a failover, an administrator): the pooled connections
/// are dead, and the next reader would meet one. A page or API read is answered on a new connection; a write is not
/// repeated.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ReadRetryTests(PostgreSqlEditorSite site) : IClassFixture<PostgreSqlEditorSite>, IPostgreSqlTests
{
    [DatabaseFact]
    public async Task ReadersGetThePageWhenTheServerHasEndedThePooledConnections()
    {
        using var reader = site.App.CreateClient();
        // Each query string is a page of its own to the output cache, so every request reads the database.
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/conditions/sample-condition?reader=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/conditions/sample-condition?reader=1")).StatusCode);

        for (var round = 2; round <= 4; round++)
        {
            await EndTheAppsSessionsAsync();
            var page = await reader.GetAsync($"/conditions/sample-condition?reader={round}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("Sample", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            await EndTheAppsSessionsAsync();
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/conditions/sample-condition?reader={round}")).StatusCode);
        }
    }

    private async Task EndTheAppsSessionsAsync() =>
        Assert.True((long)(await PostgreSqlServer.AdministerAsync(site.App.PostgreSqlConnectionString, PostgreSqlServer.EndSessionsSql))! > 0,
            "the app held no session to end: the test would prove nothing");
}
