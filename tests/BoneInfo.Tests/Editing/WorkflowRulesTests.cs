using BoneInfo.Web.Articles;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using BoneInfo.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Editing;

[Trait("Category", "Integration")]
public sealed class WorkflowRulesOnSqlite() : WorkflowRulesTests(DatabaseProvider.Sqlite);

[Trait("Category", "Integration")]
public sealed class WorkflowRulesOnPostgreSql() : WorkflowRulesTests(DatabaseProvider.PostgreSql), IPostgreSqlTests;

/// <summary>The editorial workflow and revisions below HTTP, on each database provider.</summary>
public abstract class WorkflowRulesTests(DatabaseProvider provider) : IDisposable
{
    private readonly EditingHarness _h = new(provider);

    public void Dispose()
    {
        _h.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<Article> ArticleAsync(int id) => await _h.Db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);

    [DatabaseFact]
    public async Task ANewArticleIsADraftThatReadersCannotSee()
    {
        var (id, _) = await _h.NewDraftAsync();

        var article = await ArticleAsync(id);
        Assert.Equal((ArticleStatus.Draft, ReviewState.Draft), (article.Status, article.ReviewState));
        Assert.Equal(1, await _h.Db.Revisions.CountAsync(r => r.ArticleId == id));
    }

    [DatabaseFact]
    public async Task EverySaveIsANewRevisionAndThePublishedTextChangesOnlyWhenPublished()
    {
        var (id, v1) = await _h.NewDraftAsync();
        await _h.Editorial.SubmitAsync(id, v1, EditingHarness.Writer);
        var published = await _h.Publisher.PublishAsync(id, (await ArticleAsync(id)).Version, EditingHarness.Reviewer);
        Assert.Equal(EditOutcome.Published, published.Outcome);

        var saved = await _h.Editorial.SaveDraftAsync(new DraftChange(id, published.Version!.Value, EditingHarness.Content(body: "## Overview\n\nSecond words [1](#ref-1)."), "Reworded"), EditingHarness.Writer);

        Assert.Equal(EditOutcome.Saved, saved.Outcome);
        Assert.Contains("First words", (await ArticleAsync(id)).Body, StringComparison.Ordinal);
        Assert.Equal([1, 2], await _h.Db.Revisions.Where(r => r.ArticleId == id).OrderBy(r => r.Number).Select(r => r.Number).ToListAsync());
    }

    [DatabaseFact]
    public async Task AStaleSaveIsAConflictThatSavesNothingAndReturnsTheNewerRevision()
    {
        var (id, version) = await _h.NewDraftAsync();
        await _h.Editorial.SaveDraftAsync(new DraftChange(id, version, EditingHarness.Content(body: "Theirs [1](#ref-1)."), "Other editor"), EditingHarness.Reviewer);

        var stale = await _h.Editorial.SaveDraftAsync(new DraftChange(id, version, EditingHarness.Content(body: "Mine [1](#ref-1)."), "Mine"), EditingHarness.Writer);

        Assert.Equal(EditOutcome.Conflict, stale.Outcome);
        Assert.Equal("Theirs [1](#ref-1).", stale.Current!.Body);
        Assert.Equal(2, await _h.Db.Revisions.CountAsync(r => r.ArticleId == id));
    }

    [DatabaseFact]
    public async Task AWriterCannotPublish()
    {
        var (id, version) = await _h.NewDraftAsync();

        Assert.Equal(EditOutcome.Forbidden, (await _h.Publisher.PublishAsync(id, version, EditingHarness.Writer)).Outcome);
    }

    [DatabaseFact]
    public async Task AReviewerNeverPublishesTheirOwnRevision()
    {
        var result = await _h.Editorial.SaveDraftAsync(new DraftChange(null, 0, EditingHarness.Content(), "Reviewer's draft"), EditingHarness.Reviewer);

        var own = await _h.Publisher.PublishAsync(result.ArticleId!.Value, result.Version!.Value, EditingHarness.Reviewer);
        var other = await _h.Publisher.PublishAsync(result.ArticleId!.Value, result.Version!.Value, EditingHarness.OtherReviewer);

        Assert.Equal(EditOutcome.Forbidden, own.Outcome);
        Assert.Contains("another reviewer", own.Errors![0].Message, StringComparison.Ordinal);
        Assert.Equal(EditOutcome.Published, other.Outcome);
    }

    [DatabaseFact]
    public async Task PublishingTwiceFromTheSameFormPublishesOnce()
    {
        var (id, version) = await _h.NewDraftAsync();

        var first = await _h.Publisher.PublishAsync(id, version, EditingHarness.Reviewer);
        var second = await _h.Publisher.PublishAsync(id, version, EditingHarness.Reviewer);

        Assert.Equal((EditOutcome.Published, EditOutcome.AlreadyPublished), (first.Outcome, second.Outcome));
        Assert.Equal(1, await _h.Db.AuditLog.CountAsync(a => a.Action == "publish"));
    }

    [DatabaseFact]
    public async Task PublishingPutsTheArticleInSearchInTheSameStep()
    {
        var (id, version) = await _h.NewDraftAsync(body: "## Overview\n\nPorphyritic granite [1](#ref-1).");
        var search = TestSearch.Service(_h.Db, _h.Index, _h.IndexVersion);
        Assert.Empty((await search.SearchAsync("porphyritic")).Results);

        await _h.Publisher.PublishAsync(id, version, EditingHarness.Reviewer);

        Assert.Equal(["sample"], (await search.SearchAsync("porphyritic")).Results.Select(r => r.Slug));
    }

    [DatabaseFact]
    public async Task AScheduledRevisionIsPublishedWhenItsTimeComes()
    {
        var (id, version) = await _h.NewDraftAsync();
        var scheduled = await _h.Publisher.ScheduleAsync(id, version, _h.Clock.GetUtcNow().UtcDateTime.AddHours(2), EditingHarness.Reviewer);
        Assert.Equal(EditOutcome.Scheduled, scheduled.Outcome);

        Assert.Equal(0, await _h.Publisher.PublishDueAsync());
        _h.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(1, await _h.Publisher.PublishDueAsync());

        Assert.Equal(ArticleStatus.Published, (await ArticleAsync(id)).Status);
    }

    [DatabaseFact]
    public async Task RestoringAnOldRevisionAddsANewOneOnTop()
    {
        var (id, v1) = await _h.NewDraftAsync(body: "Original [1](#ref-1).");
        var v2 = await _h.Editorial.SaveDraftAsync(new DraftChange(id, v1, EditingHarness.Content(body: "Changed [1](#ref-1)."), "Change"), EditingHarness.Writer);

        var restored = await _h.Editorial.RestoreAsync(id, 1, v2.Version!.Value, EditingHarness.Writer);

        Assert.Equal(EditOutcome.Saved, restored.Outcome);
        var revisions = await _h.Db.Revisions.Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal(["Original [1](#ref-1).", "Changed [1](#ref-1).", "Original [1](#ref-1)."], revisions.Select(r => r.Body));
        Assert.Equal("Restored revision 1", revisions[2].ChangeSummary);
    }

    [DatabaseFact]
    public async Task ASlugAlreadyUsedByAnotherArticleIsRefused()
    {
        await _h.NewDraftAsync("taken");

        var result = await _h.Editorial.SaveDraftAsync(new DraftChange(null, 0, EditingHarness.Content("taken"), "Clash"), EditingHarness.Writer);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains("already used", result.Errors![0].Message, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task PublishingANewSlugLeavesARedirectFromTheOldOne()
    {
        var (id, version) = await _h.NewDraftAsync("old-name");
        var published = await _h.Publisher.PublishAsync(id, version, EditingHarness.Reviewer);
        var renamed = await _h.Editorial.SaveDraftAsync(new DraftChange(id, published.Version!.Value, EditingHarness.Content("new-name"), "Rename"), EditingHarness.Writer);

        await _h.Publisher.PublishAsync(id, renamed.Version!.Value, EditingHarness.Reviewer);

        Assert.Equal("new-name", (await ArticleAsync(id)).Slug);
        var redirect = await _h.Db.SlugRedirects.SingleAsync();
        Assert.Equal(("old-name", id), (redirect.OldSlug, redirect.ArticleId));
    }
}
