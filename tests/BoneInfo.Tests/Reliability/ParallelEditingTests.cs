using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Auditing;
using BoneInfo.Web.Editing;
using BoneInfo.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BoneInfo.Tests.Reliability;

[Trait("Category", "Integration")]
public sealed class ParallelEditingTestsOnSqlite(ParallelEditorsSite site, ITestOutputHelper output)
    : ParallelEditingTests<ParallelEditorsSite>(site, output);

[Trait("Category", "Integration")]
public sealed class ParallelEditingTestsOnPostgreSql(PostgreSqlParallelEditorsSite site, ITestOutputHelper output)
    : ParallelEditingTests<PostgreSqlParallelEditorsSite>(site, output), IPostgreSqlTests;

/// <summary>
/// Many editors at once against real Kestrel, each with their own session, each writing down what the site told
/// them; then the revision history and the audit log are held against those notes: every acknowledged save is a
/// revision of that editor's text made on top of the revision they had loaded, every conflict or refusal left no
/// revision, and every revision was published at most once, as often as a reviewer was told "published".
/// </summary>
public abstract class ParallelEditingTests<TSite>(TSite site, ITestOutputHelper output) : IClassFixture<TSite> where TSite : ParallelEditorsSite
{
    private const int Rounds = 5;

    [DatabaseFact]
    public async Task EightEditorsSavingSubmittingAndPublishingAtOnceLoseNoAcknowledgedSaveAndNoUpdate()
    {
        var seed = Random.Shared.Next();
        output.WriteLine($"seed {seed}");
        var shared = new[] { await site.NewArticleAsync(ParallelEditorsSite.Writers[0], "shared-one"), await site.NewArticleAsync(ParallelEditorsSite.Writers[1], "shared-two") };
        var own = new List<int>();
        foreach (var (writer, i) in ParallelEditorsSite.Writers.Select((w, i) => (w, i)))
        {
            own.Add(await site.NewArticleAsync(writer, $"own-{i}"));
        }
        var ledger = new Ledger();
        var editors = await Task.WhenAll(ParallelEditorsSite.Writers.Concat(ParallelEditorsSite.Reviewers).Select(e => site.SessionAsync(e, ledger)));

        await Task.WhenAll(editors.Select((editor, i) => EditAsync(editor, new Random(seed + i), shared, own, steps: 12)));

        output.WriteLine($"told: {ledger.Summary()}");
        await AssertHistoryMatchesAsync(ledger);
    }

    [DatabaseFact]
    public async Task TwoTabsSavingFromTheSameVersionMakeOneRevisionAndOneConflict()
    {
        var ledger = new Ledger();
        var writer = await site.SessionAsync(ParallelEditorsSite.Writers[0], ledger);
        var id = await site.NewArticleAsync(writer.Email, "two-tabs");

        for (var round = 1; round <= Rounds; round++)
        {
            var (first, second) = (await writer.OpenAsync(id), await writer.OpenAsync(id));
            var told = await Task.WhenAll(
                writer.PressAsync(id, first!, "save", EditorSession.Body($"step-tab-a-{round}")),
                writer.PressAsync(id, second!, "save", EditorSession.Body($"step-tab-b-{round}")));

            Assert.Equal([Told.Saved, Told.Conflict], told.Select(s => s.Told).Order());
        }
        await AssertHistoryMatchesAsync(ledger);
    }

    [DatabaseFact]
    public async Task APublishClickedTwiceAtOnceIsPublishedOnce()
    {
        var ledger = new Ledger();
        var reviewer = await site.SessionAsync(ParallelEditorsSite.Reviewers[0], ledger);
        await PublishedOnceEachRoundAsync(await site.SessionAsync(ParallelEditorsSite.Writers[1], ledger), "double-click", [reviewer, reviewer], oneForm: true);
        await AssertHistoryMatchesAsync(ledger);
    }

    [DatabaseFact]
    public async Task TwoReviewersPublishingTheSameRevisionAtOncePublishItOnce()
    {
        var ledger = new Ledger();
        var reviewers = new[] { await site.SessionAsync(ParallelEditorsSite.Reviewers[1], ledger), await site.SessionAsync(ParallelEditorsSite.Reviewers[2], ledger) };
        await PublishedOnceEachRoundAsync(await site.SessionAsync(ParallelEditorsSite.Writers[2], ledger), "two-reviewers", reviewers, oneForm: false);
        await AssertHistoryMatchesAsync(ledger);
    }

    /// <summary>
    /// Each round the writer submits new text, then every clicker presses Publish at once, on one form loaded once
    /// (a double click) or each on their own: exactly one is told "published", the other "already published" or a conflict.
    /// </summary>
    private async Task PublishedOnceEachRoundAsync(EditorSession writer, string slug, EditorSession[] clickers, bool oneForm)
    {
        var id = await site.NewArticleAsync(writer.Email, slug);
        for (var round = 1; round <= Rounds; round++)
        {
            await writer.OpenAndPressAsync(id, "submit", EditorSession.Body($"step-{slug}-{round}"));
            var form = oneForm ? await clickers[0].OpenAsync(id) : null;
            var forms = await Task.WhenAll(clickers.Select(c => oneForm ? Task.FromResult(form) : c.OpenAsync(id)));
            var told = await Task.WhenAll(clickers.Select((c, i) => c.PressAsync(id, forms[i]!, "publish")));

            Assert.Equal(1, told.Count(s => s.Told == Told.Published));
            Assert.Contains(told.Single(s => s.Told != Told.Published).Told, new[] { Told.AlreadyPublished, Told.Conflict });
        }
    }

    [DatabaseFact]
    public async Task TwoEditorsCreatingArticlesWithOneSlugAtOnceGetOneArticleAndAClearRefusal()
    {
        var ledger = new Ledger();
        var writers = new[] { await site.SessionAsync(ParallelEditorsSite.Writers[2], ledger), await site.SessionAsync(ParallelEditorsSite.Writers[3], ledger) };

        for (var round = 1; round <= Rounds; round++)
        {
            var article = EditorSite.FieldsOf(ArticleForm.From(EditorSite.SampleContent($"one-slug-{round}"), null, 0));
            var forms = await Task.WhenAll(writers.Select(w => w.OpenAsync(null)));
            foreach (var form in forms)
            {
                article.ToList().ForEach(field => form![field.Key] = field.Value);
            }
            var told = await Task.WhenAll(writers.Select((w, i) => w.PressAsync(null, forms[i]!, "save", EditorSession.Body($"step-slug-{round}-{i}"))));

            Assert.Equal([(Told.Saved, 303), (Told.Refused, 422)], told.Select(s => (s.Told, s.Status)).Order());
        }
        await AssertHistoryMatchesAsync(ledger);
    }

    /// <summary>
    /// A writer saves or submits new text; a reviewer mostly publishes what they loaded, sometimes saves; each on a
    /// shared article more often than on an editor's own. No pause between steps.
    /// </summary>
    private static async Task EditAsync(EditorSession editor, Random random, int[] shared, List<int> own, int steps)
    {
        var isWriter = ParallelEditorsSite.Writers.Contains(editor.Email);
        for (var n = 1; n <= steps; n++)
        {
            var id = random.Next(10) < 6 ? shared[random.Next(shared.Length)] : own[random.Next(own.Count)];
            var text = EditorSession.Body($"step-{editor.Email.Split('@')[0]}-{n}");
            var step = (isWriter, random.Next(4)) switch
            {
                (true, 0) => editor.OpenAndPressAsync(id, "submit", text),
                (true, _) or (false, 0) => editor.OpenAndPressAsync(id, "save", text),
                _ => editor.OpenAndPressAsync(id, "publish"),
            };
            await step;
        }
    }

    /// <summary>What the editors were told against what the database holds; also no answer other than those the editor expects.</summary>
    private async Task AssertHistoryMatchesAsync(Ledger ledger)
    {
        var steps = ledger.Steps;
        HistoryChecks.AssertNone(steps.Where(s => s.Told is Told.Failed or Told.CutOff).Select(s => $"{s.Editor} {s.Command} on {s.ArticleId}: {s.Status}"));
        HistoryChecks.AssertNone(steps.Where(s => s.Command == "publish" && s.Status == 422).Select(s => $"{s.Editor} was told their unchanged form on {s.ArticleId} had unsaved changes"));
        HistoryChecks.AssertNone(await site.WithDbAsync(db => HistoryChecks.LostAsync(db, steps)));
        HistoryChecks.AssertNone(await site.WithDbAsync(db => HistoryChecks.WrongAsync(db, steps)));
        HistoryChecks.AssertNone(await site.WithDbAsync(db => HistoryChecks.HalfPublishedAsync(db, indexInDatabase: site.Provider == Web.Data.DatabaseProvider.Sqlite)));
        HistoryChecks.AssertNone(await site.WithServicesAsync(services => services.GetRequiredService<SearchIndex>().VerifyAsync()));

        var ids = steps.Select(s => s.ArticleId).Distinct().ToArray();
        var audited = await site.WithDbAsync(db => db.AuditLog.CountAsync(a =>
            a.Action == AuditActions.Publish && db.Articles.Any(x => ids.Contains(x.Id) && x.Slug == a.Target)));
        Assert.Equal(steps.Count(s => s.Told == Told.Published), audited);
    }
}
