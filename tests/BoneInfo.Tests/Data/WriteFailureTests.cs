using System.Net;
using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;

namespace BoneInfo.Tests.Data;

/// <summary>
/// A full disk, a read-only database and a busy one, met by SQLite itself while the app runs (see
/// <see cref="StorageFaultSite"/>): readers are served, /health says why it is degraded, the editor is told the save
/// did not happen and keeps the text, and once the fault is over the same save works.
/// </summary>
[Trait("Category", "Integration")]
public sealed class WriteFailureTests(StorageFaultSite site) : IClassFixture<StorageFaultSite>
{
    [Fact]
    public Task AFullDiskRefusesTheSaveWithA503PageThatKeepsTheTextAndSavesOnceThereIsRoom() =>
        WriteFailureDrill.RunAsync(site, "full-disk", "disk full", site.FillDiskAsync, () =>
        {
            site.FreeDisk();
            return Task.CompletedTask;
        });

    [Fact]
    public Task AReadOnlyDatabaseRefusesTheSaveWithA503PageThatKeepsTheTextAndSavesOnceWritable() =>
        WriteFailureDrill.RunAsync(site, "read-only", "database is read-only", () =>
        {
            site.SetReadOnly(true);
            return Task.CompletedTask;
        }, () =>
        {
            site.SetReadOnly(false);
            return Task.CompletedTask;
        });

    [Fact]
    public async Task ADatabaseLockedPastTheTimeoutRefusesTheSaveAsBusyAndSavesOnceTheLockIsGone()
    {
        IAsyncDisposable? otherWriter = null;
        await WriteFailureDrill.RunAsync(site, "busy", "database busy",
            async () => otherWriter = await site.HoldWriteLockAsync(),
            async () => await otherWriter!.DisposeAsync());
    }

    [Fact]
    public async Task AnyOtherFormRefusedByAReadOnlyDatabaseGetsThe503PageSayingNothingWasChangedNeverA500()
    {
        var writer = await site.SignInAsync(EditorSite.Writer); // signed in while writable: signing in writes (lockout counter, audit)
        site.SetReadOnly(true);
        try
        {
            using var client = site.App.CreateBrowserClient();
            var signIn = await TestUsers.PostFormAsync(client, "/account/signin", new() { ["Email"] = EditorSite.Reviewer, ["Password"] = TestUsers.Password });
            var list = await writer.GetAsync("/admin");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
            var page = await EditorSite.ReadAsync(signIn);
            Assert.Equal("Nothing was changed", page.QuerySelector("h1")?.TextContent);
            Assert.Contains("(database is read-only)", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, list.StatusCode); // reading the editors' pages writes nothing
        }
        finally
        {
            site.SetReadOnly(false);
        }
    }

    [Fact]
    public async Task TheAppStartsAndServesReadersOnADatabaseItCanOnlyOpenReadOnlyAndHealthSaysSo()
    {
        using (var writable = site.App.CreateClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await writable.GetAsync("/health")).StatusCode); // the database exists, migrated and imported
        }
        await using var readOnly = site.App.WithWebHostBuilder(builder =>
            builder.UseSetting("ConnectionStrings:BoneInfo", $"Data Source={site.App.DatabasePath};Mode=ReadOnly"));
        using var reader = readOnly.CreateClient();

        foreach (var path in new[] { "/", "/conditions", "/conditions/sample-condition", "/search?q=sample", "/account/signin" })
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);
        }
        // Migrating found nothing to do but could not take its lock: that refused write already shows.
        var (status, writes) = await WriteFailureDrill.HealthAsync(reader);
        Assert.Equal("degraded", status);
        Assert.StartsWith("database is read-only", writes, StringComparison.Ordinal);
    }
}
