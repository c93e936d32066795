using BoneInfo.Web.Articles;
using BoneInfo.Web.Auditing;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using BoneInfo.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Reliability;

/// <summary>
/// What the database must show after a crash or a crowd of editors, each check returning the differences it found
/// (one line each, none when all is well): public content that is not one whole revision, acknowledged steps that
/// left no trace, refused steps that did, lost updates and double publishes.
/// </summary>
public static class HistoryChecks
{
    /// <summary>Fails with every difference, one per line.</summary>
    public static void AssertNone(IEnumerable<string> problems)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, $"{list.Count} problems:\n" + string.Join("\n", list));
    }

    /// <summary>
    /// Articles whose public columns are not exactly their published revision's, and (when the index is in the same
    /// database) published articles whose search entry is not made from those columns.
    /// </summary>
    public static async Task<List<string>> HalfPublishedAsync(BoneInfoDbContext db, bool indexInDatabase)
    {
        var articles = await db.Articles.AsNoTracking().Where(a => a.PublishedRevisionId != null).ToListAsync();
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.PublishedAt != null).ToDictionaryAsync(r => r.Id);
        var problems = articles
            .Where(a => !revisions.TryGetValue(a.PublishedRevisionId!.Value, out var r) || ArticleFingerprint.Of(r.ToContent()) != ArticleFingerprint.Of(a.ToContent()))
            .Select(a => $"article {a.Id} '{a.Slug}' does not show its published revision (id {a.PublishedRevisionId})")
            .ToList();
        if (indexInDatabase)
        {
            var entries = await db.Database.SqlQuery<IndexEntry>(
                $"SELECT rowid AS Id, slug AS Slug, title AS Title, summary AS Summary, body AS Body FROM ArticleSearch").ToDictionaryAsync(e => e.Id);
            problems.AddRange(articles.Where(a => a.Status == ArticleStatus.Published)
                .Select(a => (Article: a, Document: SearchDocument.From(a)))
                .Where(x => !entries.TryGetValue(x.Article.Id, out var e) || e != new IndexEntry(x.Document.Id, x.Document.Slug, x.Document.Title, x.Document.Summary, x.Document.Body))
                .Select(x => $"article {x.Article.Id} '{x.Article.Slug}' has a search entry that is not of its published content"));
        }
        return problems;
    }

    private sealed record IndexEntry(int Id, string Slug, string Title, string Summary, string Body);

    /// <summary>Acknowledged saves with no revision of their text by their editor, and acknowledged publishes whose revision is not published and audited.</summary>
    public static async Task<List<string>> LostAsync(BoneInfoDbContext db, IEnumerable<EditorStep> steps)
    {
        var history = await History.ReadAsync(db);
        var problems = new List<string>();
        foreach (var step in steps.Where(s => s.Acknowledged && s.Told != Told.Autosaved))
        {
            var revision = history.RevisionWith(step.ArticleId, step.Text);
            if (step.Told is Told.Saved or Told.Submitted && revision?.AuthorId != history.UserId(step.Editor) && step.Text != step.BasedOn)
            {
                problems.Add($"{step.Editor} was told '{step.Told}' for article {step.ArticleId} but no revision of theirs has '{Marker(step.Text)}'");
            }
            if (step.Told is Told.Published && (revision?.PublishedAt is null || history.PublishAudits(step.ArticleId, revision.Number) != 1))
            {
                problems.Add($"{step.Editor} was told 'published' for '{Marker(step.Text)}' on article {step.ArticleId} but it is not published and audited once");
            }
        }
        return problems;
    }

    /// <summary>
    /// Steps told "conflict" or "refused" that left a revision of their text, acknowledged saves made on top of a
    /// revision other than the one their form was loaded from (a lost update), and editors' revisions that are
    /// published but not audited exactly once (a publish committed twice, or without its entry).
    /// </summary>
    public static async Task<List<string>> WrongAsync(BoneInfoDbContext db, IEnumerable<EditorStep> steps)
    {
        var history = await History.ReadAsync(db);
        var problems = new List<string>();
        foreach (var step in steps.Where(s => s.Command is "save" or "submit" && s.Text != s.BasedOn))
        {
            var revision = history.RevisionWith(step.ArticleId, step.Text);
            if (step.Told is Told.Conflict or Told.Refused && revision is not null)
            {
                problems.Add($"{step.Editor} was told '{step.Told}' ({step.Status}) for article {step.ArticleId}, yet revision {revision.Number} has '{Marker(step.Text)}'");
            }
            if (step.Acknowledged && revision is not null && history.Revision(step.ArticleId, revision.Number - 1) is { } before && !Same(before.Body, step.BasedOn))
            {
                problems.Add($"lost update: revision {revision.Number} of article {step.ArticleId} ('{Marker(step.Text)}') was saved from a form loaded before revision {before.Number}");
            }
        }
        problems.AddRange(history.Revisions.Where(r => r.PublishedAt is not null && r.AuthorId is not null)
            .Select(r => (Revision: r, Audited: history.PublishAudits(r.ArticleId, r.Number))).Where(x => x.Audited != 1)
            .Select(x => $"revision {x.Revision.Number} of article {x.Revision.ArticleId} is published and has {x.Audited} publish entries in the audit log"));
        return problems;
    }

    /// <summary>
    /// For each editor and article that autosaved: the kept copy is the last text they were told was kept, or one they
    /// sent after it (whose answer the crash cut off).
    /// </summary>
    public static async Task<List<string>> LostAutosavesAsync(BoneInfoDbContext db, IEnumerable<EditorStep> steps)
    {
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Email, u => u.Id);
        var kept = await db.Autosaves.AsNoTracking().Where(a => a.Token == null).ToListAsync();
        var problems = new List<string>();
        foreach (var sent in steps.Where(s => s.Command == "autosave").GroupBy(s => (s.Editor, s.ArticleId)))
        {
            var lastAcknowledged = sent.Select((s, i) => (s, i)).LastOrDefault(x => x.s.Acknowledged);
            if (lastAcknowledged.s is null)
            {
                continue;
            }
            var allowed = sent.Skip(lastAcknowledged.i).Select(s => s.Text).ToHashSet();
            var copy = kept.Where(a => a.ArticleId == sent.Key.ArticleId && a.UserId == users[sent.Key.Editor]).ToList();
            if (copy.Count != 1 || !allowed.Any(text => Same(ArticleForm.FromJson(copy[0].FormJson).Body ?? "", text)))
            {
                problems.Add($"{sent.Key.Editor} was told '{Marker(lastAcknowledged.s.Text)}' was kept for article {sent.Key.ArticleId}, but the kept copies are: " +
                    string.Join(" | ", copy.Select(c => Marker(ArticleForm.FromJson(c.FormJson).Body ?? ""))));
            }
        }
        return problems;
    }

    private static bool Same(string stored, string sent) => stored.ReplaceLineEndings("\n").Trim() == sent.ReplaceLineEndings("\n").Trim();

    private static string Marker(string text) => text.Split(' ').FirstOrDefault(w => w.StartsWith("step-", StringComparison.Ordinal)) ?? text;

    private static int Revision(string? detail) =>
        int.TryParse(detail?.Split(' ', ',').ElementAtOrDefault(1), System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : -1;

    /// <summary>The revisions, users and audit entries, read once.</summary>
    private sealed record History(List<ArticleRevision> Revisions, Dictionary<string, int> Users, Dictionary<int, string> Slugs, List<AuditEntry> Audits)
    {
        public static async Task<History> ReadAsync(BoneInfoDbContext db) => new(
            await db.Revisions.AsNoTracking().ToListAsync(),
            await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Email, u => u.Id),
            await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Slug),
            await db.AuditLog.AsNoTracking().ToListAsync());

        public ArticleRevision? RevisionWith(int articleId, string text) => Revisions.FirstOrDefault(r => r.ArticleId == articleId && Same(r.Body, text));

        public ArticleRevision? Revision(int articleId, int number) => Revisions.FirstOrDefault(r => r.ArticleId == articleId && r.Number == number);

        public int? UserId(string email) => Users.TryGetValue(email, out var id) ? id : null;

        public int PublishAudits(int articleId, int number) =>
            Audits.Count(a => a.Action == AuditActions.Publish && a.Target == Slugs[articleId] && HistoryChecks.Revision(a.Detail) == number);
    }
}
