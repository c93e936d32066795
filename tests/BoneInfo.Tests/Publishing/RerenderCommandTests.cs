using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using BoneInfo.Web.Markdown;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoneInfo.Tests.Publishing;

/// <summary>The operator's <c>-- rerender</c>, run as the built app on a database another app made.</summary>
[Trait("Category", "Integration")]
public sealed class RerenderCommandTests : IDisposable
{
    private readonly TestContentFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<T> WithDbAsync<T>(Func<BoneInfoDbContext, Task<T>> work)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<BoneInfoDbContext>());
    }

    [Fact]
    public async Task RerenderRendersEveryPublishedArticleAgainAndPrintsHowMany()
    {
        await WithDbAsync(db => StoredHtml.MakeStaleAsync(db, "sample-condition", "<p>Rendered by an old pipeline.</p>"));
        var published = await WithDbAsync(db => db.Articles.CountAsync(a => a.Status == ArticleStatus.Published));

        var result = await AppProcess.RunAsync(_app.DatabasePath, new Dictionary<string, string?>(), null, "rerender");

        Assert.True(result.ExitCode == 0, result.Errors);
        Assert.Contains($"Re-rendered {published} published articles (renderer version {MarkdownRenderer.RendererVersion})", result.Output, StringComparison.Ordinal);
        var articles = await WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published).ToListAsync());
        Assert.True(articles.Count >= 2, "the test content has at least two articles");
        Assert.All(articles, StoredHtml.AssertIsAFreshRenderOfTheBody);
    }
}
