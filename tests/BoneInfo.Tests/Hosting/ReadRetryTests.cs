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
public sealed class ReadRetryTests(SessionEndingSite site) : IClassFixture<SessionEndingSite>, IPostgreSqlTests
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

    [DatabaseFact]
    public async Task AnEditorOpeningTheEditPageGetsItWhenTheServerEndsTheSessionInTheMiddleOfTheRequest()
    {
        var writer = await site.SignInAsync(EditorSite.Writer);
        var id = await EditorSite.NewArticleAsync(writer, "read-retry-edit-page");

        for (var round = 1; round <= 3; round++)
        {
            // The sign-in check reads the database first; the session ends just before the page's own read.
            site.EndSessionsAtTheNextPageRead();
            var response = await writer.GetAsync($"/admin/articles/{id}/edit");
            Assert.False(site.StillToEndSessions, "the page made no read of its own: the test would prove nothing");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await EditorSite.ReadAsync(response);
            Assert.Equal("read-retry-edit-page", EditorSite.FieldValue(page, "Slug"));
            Assert.DoesNotContain("Not saved", page.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    private async Task EndTheAppsSessionsAsync() =>
        Assert.True((long)(await PostgreSqlServer.AdministerAsync(site.App.PostgreSqlConnectionString, PostgreSqlServer.EndSessionsSql))! > 0,
            "the app held no session to end: the test would prove nothing");
}
