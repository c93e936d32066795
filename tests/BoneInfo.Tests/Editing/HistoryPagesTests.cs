using System.Net;
using AngleSharp.Html.Parser;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Editing;

[Trait("Category", "Integration")]
public sealed class HistoryPagesOnSqlite() : HistoryPagesTests(DatabaseProvider.Sqlite);

[Trait("Category", "Integration")]
public sealed class HistoryPagesOnPostgreSql() : HistoryPagesTests(DatabaseProvider.PostgreSql), IPostgreSqlTests;

/// <summary>Article history, comparing and restoring revisions, on each database provider.</summary>
public abstract class HistoryPagesTests(DatabaseProvider provider) : IAsyncLifetime, IDisposable
{
    private readonly BoneInfoFactory _app = new(RepoPaths.TestContent, provider);
    private int _articleId;
    private HttpClient _writer = null!;

    public async Task InitializeAsync()
    {
        var writer = await TestUsers.AddAsync(_app, "writer@boneinfo.test", UserRole.Writer);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Slug == "sample-condition");
        _articleId = article.Id;
        var content = article.ToContent() with { Body = article.Body.Replace("tested thoroughly", "tested carefully", StringComparison.Ordinal) };
        await scope.ServiceProvider.GetRequiredService<EditorialService>()
            .SaveDraftAsync(new DraftChange(article.Id, article.Version, content, "Softer wording"), new Editor(writer.Id, "writer", UserRole.Writer));
        _writer = await TestUsers.SignedInClientAsync(_app, "writer@boneinfo.test");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    [DatabaseFact]
    public async Task HistoryListsEveryRevisionNewestFirstWithWhoAndWhy()
    {
        var page = new HtmlParser().ParseDocument(await _writer.GetStringAsync($"/admin/articles/{_articleId}/history"));

        var rows = page.QuerySelectorAll("table.history tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["2", "1"], rows.Select(r => r[0]));
        Assert.Equal(("writer", "Softer wording"), (rows[0][2], rows[0][3]));
        Assert.Contains("Working copy", rows[0][4], StringComparison.Ordinal);
        Assert.Contains("Published", rows[1][4], StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task TheDiffShowsRemovedAndAddedWords()
    {
        var page = new HtmlParser().ParseDocument(await _writer.GetStringAsync($"/admin/articles/{_articleId}/diff?from=1&to=2"));

        Assert.Contains(page.QuerySelectorAll("table.diff del"), d => d.TextContent.Contains("thoroughly", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("table.diff ins"), i => i.TextContent.Contains("carefully", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("from=1&to=9")]
    [InlineData("from=x&to=2")]
    public async Task ADiffOfMissingRevisionsIsNotFound(string query)
    {
        var response = await _writer.GetAsync($"/admin/articles/{_articleId}/diff?{query}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [DatabaseFact]
    public async Task RestoringAnOldRevisionAddsANewRevisionOnTop()
    {
        var response = await TestUsers.PostFormAsync(_writer, $"/admin/articles/{_articleId}/history", [], "form.inline-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>();
        var newest = await db.Revisions.Where(r => r.ArticleId == _articleId).OrderByDescending(r => r.Number).FirstAsync();
        Assert.Equal((3, "Restored revision 1"), (newest.Number, newest.ChangeSummary));
        Assert.Contains("tested thoroughly", newest.Body, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task ARestoreFromAStalePageIsRefusedWithAConflict()
    {
        var stale = new HtmlParser().ParseDocument(await _writer.GetStringAsync($"/admin/articles/{_articleId}/history"));
        await TestUsers.PostFormAsync(_writer, $"/admin/articles/{_articleId}/history", [], "form.inline-form");
        var form = stale.QuerySelector("form.inline-form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);

        var response = await _writer.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("nothing was restored", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task HistoryIsOnlyForSignedInEditors()
    {
        var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync($"/admin/articles/{_articleId}/history");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
