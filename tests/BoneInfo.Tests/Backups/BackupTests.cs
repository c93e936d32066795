using BoneInfo.Tests.Editing;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Backups;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BoneInfo.Tests.Backups;

/// <summary>Online backups are consistent and checked; a restore takes only a sound file and keeps what it replaces.</summary>
[Trait("Category", "Integration")]
public sealed class BackupTests(TestContentFactory app) : IClassFixture<TestContentFactory>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<BackupResult> BackupAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().BackupAsync(_folder.File(name));
    }

    [Fact]
    public async Task ABackupOfTheRunningSiteIsASoundCopyWithEveryArticle()
    {
        var published = (await app.GetPageAsync("/conditions")).Document.QuerySelectorAll(".az dt a").Length;

        var result = await BackupAsync("site.db");

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(published, result.Articles);
        Assert.True((await DatabaseBackup.CheckAsync(_folder.File("site.db"))).Succeeded);
        Assert.False((await BackupAsync("site.db")).Succeeded); // never overwrites an earlier backup
    }

    [Fact]
    public async Task ARestoreRefusesAFileThatIsNotADatabaseAndTouchesNothing()
    {
        var database = _folder.File("live.db");
        Assert.True((await BackupAsync("live.db")).Succeeded);
        var before = await File.ReadAllBytesAsync(database);
        await File.WriteAllTextAsync(_folder.File("broken.db"), "not a database at all");

        var result = await DatabaseRestore.RestoreAsync(_folder.File("broken.db"), database, TimeProvider.System);

        Assert.False(result.Succeeded);
        Assert.StartsWith("Nothing was restored.", result.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(database));
    }

    [Fact]
    public async Task ARestorePutsTheBackupInPlaceAndKeepsTheReplacedFile()
    {
        Assert.True((await BackupAsync("good.db")).Succeeded);
        var database = _folder.File("current.db");
        await File.WriteAllTextAsync(database, "the database being replaced");

        var result = await DatabaseRestore.RestoreAsync(_folder.File("good.db"), database, new ManualClock(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero)));

        Assert.True(result.Succeeded, result.Message);
        Assert.True((await DatabaseBackup.CheckAsync(database)).Succeeded);
        Assert.Equal("the database being replaced", await File.ReadAllTextAsync(database + ".before-restore-20261203-090000"));
    }

    [Fact]
    public async Task ScheduledBackupsKeepOnlyTheNewestOnes()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var settings = new BackupOptions { Path = _folder.File("nightly"), Keep = 2 };
        var backups = new ScheduledBackups(app.Services.GetRequiredService<IServiceScopeFactory>(), Options.Create(settings), clock, NullLogger<ScheduledBackups>.Instance);

        for (var night = 0; night < 3; night++)
        {
            await backups.BackupOnceAsync(settings, CancellationToken.None);
            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(["boneinfo-20261202-020000.db", "boneinfo-20261203-020000.db"],
            Directory.GetFiles(settings.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
