using System.Net;
using BoneInfo.Tests.Data;
using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Articles;
using BoneInfo.Web.Auditing;
using BoneInfo.Web.Data;
using BoneInfo.Web.Editing;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BoneInfo.Tests.Hosting;

/// <summary>
/// The built app stopped with SIGTERM, as a service manager stops it: a save in flight finishes (or, cut off by the
/// shutdown time, is an error for the client, never a save acknowledged and missing), the scheduler stops, and a
/// scheduled publish is done exactly once across the restart, including one that fell due while the app was down.
/// </summary>
[Trait("Category", "Integration")]
public sealed class GracefulShutdownTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private string DatabasePath => new SqliteConnectionStringBuilder(_database.ConnectionString).DataSource;

    [Fact]
    public async Task AScheduledPublishDueAsTheAppIsStoppedIsPublishedExactlyOnceAcrossTheRestart()
    {
        var settings = new Dictionary<string, string?> { ["Editing:ScheduleCheckSeconds"] = "1" };
        var id = await NewDraftAsync("due-at-stop");
        await using (var server = await AppServer.StartAsync(DatabasePath, settings))
        {
            var due = await ScheduleAsync(id, TimeSpan.FromSeconds(3));
            await Task.Delay(due - DateTime.UtcNow);

            Assert.Equal(0, await server.TerminateAsync());
            Assert.Contains("Scheduled publishing stopped", server.Log, StringComparison.Ordinal);
            Assert.Contains("Stopping: no new connections", server.Log, StringComparison.Ordinal);
            Assert.Contains("Stopped in", server.Log, StringComparison.Ordinal);
        }
        await using (var restarted = await AppServer.StartAsync(DatabasePath, settings))
        {
            await WaitUntilPublishedAsync(id);
            await Task.Delay(TimeSpan.FromSeconds(2)); // two more checks: they must find nothing left to do
            Assert.Equal(0, await restarted.TerminateAsync());
        }

        await AssertPublishedOnceAsync(id);
    }

    [Fact]
    public async Task APublishThatFellDueWhileTheAppWasStoppedIsPublishedAtStartNotAtTheFirstInterval()
    {
        var id = await NewDraftAsync("due-while-down");
        var due = await ScheduleAsync(id, TimeSpan.FromSeconds(1));
        await Task.Delay(due - DateTime.UtcNow + TimeSpan.FromSeconds(1));

        await using (var server = await AppServer.StartAsync(DatabasePath, new Dictionary<string, string?> { ["Editing:ScheduleCheckSeconds"] = "3600" }))
        {
            await WaitUntilPublishedAsync(id);
            Assert.Equal(0, await server.TerminateAsync());
        }

        await AssertPublishedOnceAsync(id);
    }

    [Fact]
    public async Task ASaveUploadingWhenTheAppIsStoppedFinishesIsAcknowledgedAndIsFound()
    {
        var (server, writer, fields) = await EditorOnServerAsync("in-flight", shutdownSeconds: 20);
        await using (server)
        {
            var save = writer.PostAsync(EditorRoutes.New, new SlowFormContent(fields, TimeSpan.FromSeconds(3)));
            await Task.Delay(TimeSpan.FromSeconds(1));
            var stopped = server.TerminateAsync();

            var response = await save;
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            Assert.Equal(0, await stopped);
            var log = server.Log;
            var stopping = log.IndexOf("Stopping: no new connections", StringComparison.Ordinal);
            Assert.InRange(stopping, 0, log.IndexOf("HTTP POST /admin/articles/new responded 303", StringComparison.Ordinal));
        }

        Assert.Equal(fields["Form.Body"], (await SavedBodyAsync("in-flight"))?.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task ASaveStillUploadingWhenTheShutdownTimeRunsOutIsAnErrorForTheClientAndNothingHalfSaved()
    {
        var (server, writer, fields) = await EditorOnServerAsync("cut-off", shutdownSeconds: 2);
        HttpStatusCode? acknowledged = null;
        await using (server)
        {
            var save = writer.PostAsync(EditorRoutes.New, new SlowFormContent(fields, TimeSpan.FromSeconds(12)));
            await Task.Delay(TimeSpan.FromSeconds(1));
            var stopped = server.TerminateAsync();
            try
            {
                acknowledged = (await save).StatusCode;
            }
            catch (HttpRequestException)
            {
                // the connection was closed under the upload: the client knows the save did not happen
            }
            await stopped;
            Assert.Contains("the time ran out", server.Log, StringComparison.Ordinal);
        }

        Assert.NotEqual(HttpStatusCode.SeeOther, acknowledged);
        Assert.Null(await SavedBodyAsync("cut-off"));
    }

    private async Task<int> NewDraftAsync(string slug)
    {
        await using var db = _database.CreateContext();
        var saved = await Workflow(db).Editorial.SaveDraftAsync(new DraftChange(null, 0, EditingHarness.Content(slug), "First draft"), EditingHarness.Writer);
        return saved.ArticleId!.Value;
    }

    /// <summary>A reviewer schedules the draft to be published <paramref name="after"/> from now; returns the due time.</summary>
    private async Task<DateTime> ScheduleAsync(int id, TimeSpan after)
    {
        await using var db = _database.CreateContext();
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
        var due = DateTime.UtcNow + after;
        var result = await Workflow(db).Publisher.ScheduleAsync(id, article.Version, due, EditingHarness.Reviewer);
        Assert.Equal(EditOutcome.Scheduled, result.Outcome);
        return due;
    }

    private (EditorialService Editorial, Publisher Publisher) Workflow(BoneInfoDbContext db)
    {
        var audit = new AuditLog(db, new HttpContextAccessor(), TimeProvider.System);
        return (new EditorialService(db, new RevisionWriter(db), audit, TimeProvider.System),
            new Publisher(db, new RevisionWriter(db), _database.CreatePublication(db), audit, TimeProvider.System));
    }

    private async Task WaitUntilPublishedAsync(int id)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            await using var db = _database.CreateContext();
            if (await db.Articles.AnyAsync(a => a.Id == id && a.PublishedRevisionId != null))
            {
                return;
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Published, schedule cleared, and exactly one publish in the audit log.</summary>
    private async Task AssertPublishedOnceAsync(int id)
    {
        await using var db = _database.CreateContext();
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(article.WorkingRevisionId, article.PublishedRevisionId);
        Assert.Null(article.ScheduledPublishAt);
        Assert.Equal(1, await db.AuditLog.CountAsync(e => e.Action == AuditActions.Publish && e.Target == article.Slug));
    }

    /// <summary>The app serving this class's database, a signed-in writer, and a new article's form with a long body.</summary>
    private async Task<(AppServer Server, HttpClient Writer, Dictionary<string, string> Fields)> EditorOnServerAsync(string slug, int shutdownSeconds)
    {
        await using (var db = _database.CreateContext())
        {
            await ServerClients.AddUserAsync(db, EditorSite.Writer, UserRole.Writer);
        }
        var server = await AppServer.StartAsync(DatabasePath, new Dictionary<string, string?> { ["Hosting:ShutdownTimeoutSeconds"] = $"{shutdownSeconds}" });
        var writer = await ServerClients.SignedInAsync(server, EditorSite.Writer);
        var fields = EditorSite.EditorFields(await EditorSite.GetPageAsync(writer, EditorRoutes.New));
        foreach (var (name, value) in EditorSite.FieldsOf(ArticleForm.From(EditorSite.SampleContent(slug), null, 0)).Where(f => f.Key != "Form.EditorId"))
        {
            fields[name] = value;
        }
        fields["Form.Body"] = WriteFailureDrill.UnsavedBody(slug, fields["Form.Body"]);
        fields["Command"] = "save";
        return (server, writer, fields);
    }

    private async Task<string?> SavedBodyAsync(string slug)
    {
        await using var db = _database.CreateContext();
        return await db.Revisions.Where(r => r.Slug == slug).OrderByDescending(r => r.Number).Select(r => r.Body).FirstOrDefaultAsync();
    }
}
