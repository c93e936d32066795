using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using BoneInfo.Web.Markdown;
using BoneInfo.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Publishing;

[Trait("Category", "Integration")]
public sealed class PublishedRenderingOnSqlite() : PublishedRenderingTests(DatabaseProvider.Sqlite);

[Trait("Category", "Integration")]
public sealed class PublishedRenderingOnPostgreSql() : PublishedRenderingTests(DatabaseProvider.PostgreSql), IPostgreSqlTests;

/// <summary>The body is rendered when it is published (by a reviewer, the schedule or the import) and again when the pipeline changes.</summary>
public abstract class PublishedRenderingTests(DatabaseProvider provider) : IDisposable
{
    private const string FirstBody = "## Overview\n\nCalcified tendons first [1](#ref-1).\n\n### In children\n\nGrowth plates.";
    private const string SecondBody = "## Overview\n\nOssified ligaments second [1](#ref-1).\n\n## Treatment and management\n\nRest.";
    private readonly EditingHarness _h = new(provider);

    public void Dispose()
    {
        _h.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task<Article> ArticleAsync(string slug = "sample") => StoredHtml.LoadAsync(_h.Db, slug);

    private PublishedRendering Rendering() => new(_h.Db, new MarkdownRenderer());

    private async Task ImportAsync(params string[] slugs)
    {
        foreach (var slug in slugs)
        {
            await _h.Publication.ImportAsync(EditorSite.SampleContent(slug));
        }
    }

    [DatabaseFact]
    public async Task APublishStoresTheBodyAsTheCurrentPipelineRendersIt()
    {
        var (id, version) = await _h.NewDraftAsync(body: FirstBody);
        Assert.Null((await ArticleAsync()).RenderedHtml); // a draft is not rendered for readers

        await _h.Publisher.PublishAsync(id, version, EditingHarness.Reviewer);

        var article = await ArticleAsync();
        StoredHtml.AssertIsAFreshRenderOfTheBody(article);
        Assert.Contains("Calcified tendons first", article.RenderedHtml, StringComparison.Ordinal);
        Assert.Equal(["overview", "in-children"], TableOfContents.FromJson(article.RenderedContents).Select(c => c.Id));
    }

    [DatabaseFact]
    public async Task ADraftSavedAfterAPublishLeavesThePublicHtmlUntilItIsPublished()
    {
        var (id, version) = await _h.NewDraftAsync(body: FirstBody);
        var published = await _h.Publisher.PublishAsync(id, version, EditingHarness.Reviewer);

        var saved = await _h.Editorial.SaveDraftAsync(new DraftChange(id, published.Version!.Value, EditingHarness.Content(body: SecondBody), "Reworded"), EditingHarness.Writer);
        Assert.Contains("Calcified tendons first", (await ArticleAsync()).RenderedHtml, StringComparison.Ordinal);

        await _h.Publisher.PublishAsync(id, saved.Version!.Value, EditingHarness.Reviewer);
        var article = await ArticleAsync();
        StoredHtml.AssertIsAFreshRenderOfTheBody(article);
        Assert.Contains("Ossified ligaments second", article.RenderedHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Calcified tendons", article.RenderedHtml, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task AScheduledPublishStoresTheRenderedBody()
    {
        var (id, version) = await _h.NewDraftAsync(body: FirstBody);
        await _h.Publisher.ScheduleAsync(id, version, _h.Clock.GetUtcNow().UtcDateTime.AddHours(1), EditingHarness.Reviewer);
        _h.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(1, await _h.Publisher.PublishDueAsync());

        var article = await ArticleAsync();
        StoredHtml.AssertIsAFreshRenderOfTheBody(article);
        Assert.Contains("Calcified tendons first", article.RenderedHtml, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task AnImportThatChangesAnArticleStoresItsNewBodyRendered()
    {
        await _h.Publication.ImportAsync(EditorSite.SampleContent("imported", FirstBody));

        var outcome = await _h.Publication.ImportAsync(EditorSite.SampleContent("imported", SecondBody));

        Assert.Equal(ImportOutcome.Updated, outcome);
        var article = await ArticleAsync("imported");
        StoredHtml.AssertIsAFreshRenderOfTheBody(article);
        Assert.Contains("Ossified ligaments second", article.RenderedHtml, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task OnlyPublishedArticlesWithStaleOrMissingHtmlAreRenderedAgain()
    {
        await ImportAsync("current", "old-pipeline", "never-rendered", "archived");
        await StoredHtml.MakeStaleAsync(_h.Db, "old-pipeline", "<p>old pipeline</p>");
        await StoredHtml.ForgetAsync(_h.Db, "never-rendered");
        await StoredHtml.MakeStaleAsync(_h.Db, "archived", "<p>archived</p>");
        await _h.Db.Database.ExecuteSqlAsync($"""UPDATE "Articles" SET "Status" = 'Archived' WHERE "Slug" = 'archived'""");

        Assert.Equal(2, await Rendering().RerenderStaleAsync());

        StoredHtml.AssertIsAFreshRenderOfTheBody(await ArticleAsync("old-pipeline"));
        StoredHtml.AssertIsAFreshRenderOfTheBody(await ArticleAsync("never-rendered"));
        Assert.Equal("<p>archived</p>", (await ArticleAsync("archived")).RenderedHtml); // not public: rendered when published again
        Assert.Equal(0, await Rendering().RerenderStaleAsync());
    }

    [DatabaseFact]
    public async Task RenderingAllRendersEveryPublishedArticleWhateverItsVersion()
    {
        await ImportAsync("first", "second");
        await StoredHtml.OverwriteAsync(_h.Db, "first", "<p>edited by hand</p>");

        Assert.Equal(2, await Rendering().RerenderAllAsync());

        StoredHtml.AssertIsAFreshRenderOfTheBody(await ArticleAsync("first"));
        StoredHtml.AssertIsAFreshRenderOfTheBody(await ArticleAsync("second"));
    }
}
