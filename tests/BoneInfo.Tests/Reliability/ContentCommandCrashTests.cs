using System.Diagnostics;
using BoneInfo.Tests.Editing;
using BoneInfo.Web.Content;
using BoneInfo.Web.Data;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace BoneInfo.Tests.Reliability;

/// <summary>
/// <c>-- import PATH</c> of 300 article files and <c>-- reindex</c>, each killed (SIGKILL) three times part way. The
/// import is killed once a random number of its articles has committed (the test counts them while it runs), so the
/// kill lands in the middle however fast the machine is. The reindex is one transaction that cannot be watched from
/// outside: it is killed a random time after the log line that says start-up is done, drawn below the length of an
/// uninterrupted run; a kill that comes after the end does not count, and the next is drawn below it.
/// </summary>
[Trait("Category", "Integration")]
[Collection(CrashTestsRunAlone.Name)]
public sealed class ContentCommandCrashTests(ITestOutputHelper output)
{
    private const int Files = 300, Kills = 3;
    private static readonly TimeSpan StartUp = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task AnImportKilledPartWayLeavesEachArticleAtItsOldOrNewVersionAndTheNextImportFinishesIt()
    {
        using var site = new CrashSite(DatabaseProvider.Sqlite, output);
        var folder = await ImportedAsync(site);

        for (var kill = 1; kill <= Kills; kill++)
        {
            WriteArticles(folder, kill);
            var before = await PublicBodiesAsync(site);
            var target = site.Random.Next(1, Files);
            var (at, after) = await KillAfterArticlesAsync(site, folder, kill, target);
            site.Log($"kill {kill}: aimed at {target} of {Files} articles imported, killed at {at}, {after} ms after start-up");
            await site.CheckAfterKillAsync();

            var bodies = await PublicBodiesAsync(site);
            Assert.Equal(Files, bodies.Count);
            Assert.All(bodies, a => Assert.True(a.Value == before[a.Key] || a.Value == Body(a.Key, kill), $"{a.Key} is at neither its old nor its new version"));
            var updated = bodies.Count(a => a.Value == Body(a.Key, kill));
            Assert.InRange(updated, at, Files - 1);
            site.Log($"  {updated} of {Files} articles at the new version, the other {Files - updated} at the old");
        }

        var last = await site.RunAsync("import", folder);
        Assert.True(last.ExitCode == 0, last.Output + last.Errors);
        Assert.All(await PublicBodiesAsync(site), a => Assert.Equal(Body(a.Key, Kills), a.Value));
        await site.CheckAfterKillAsync();
        site.Log($"the import run again to the end: {last.Output.Trim().Split('\n')[^1]}");
    }

    [Fact]
    public async Task AReindexKilledPartWayLeavesAWholeIndexThatAgreesWithThePublishedArticles()
    {
        using var site = new CrashSite(DatabaseProvider.Sqlite, output);
        await ImportedAsync(site);
        var whole = await TimedRunAsync(site, "reindex");
        site.Log($"an uninterrupted reindex of {Files + 2} articles took {whole} ms after start-up");

        for (int kill = 0, attempt = 1; kill < Kills && attempt <= 4 * Kills; attempt++)
        {
            using var app = site.Start("reindex");
            await app.WaitForOutputAsync("ready in", StartUp);
            var delay = site.Random.Next(0, whole);
            await Task.Delay(delay);
            if (!app.Kill())
            {
                site.Log($"attempt {attempt}: {delay} ms after start-up the reindex had ended; drawing below that");
                whole = Math.Max(1, delay);
                continue;
            }
            site.Log($"kill {++kill} (attempt {attempt}): {delay} ms into the reindex");
            await site.CheckAfterKillAsync();
        }
    }

    /// <summary>A new database with the articles of generation 0 imported to the end; returns the folder of their files.</summary>
    private static async Task<string> ImportedAsync(CrashSite site)
    {
        var folder = site.Folder("import");
        WriteArticles(folder, generation: 0);
        var import = await site.RunAsync("import", folder);
        Assert.True(import.ExitCode == 0, import.Output + import.Errors);
        return folder;
    }

    /// <summary>Runs a verb to the end; returns how long its work took after start-up, in milliseconds.</summary>
    private static async Task<int> TimedRunAsync(CrashSite site, params string[] args)
    {
        using var app = site.Start(args);
        await app.WaitForOutputAsync("ready in", StartUp);
        var work = Stopwatch.StartNew();
        Assert.True(await app.WaitForExitAsync(StartUp) == 0, app.Output);
        return (int)work.ElapsedMilliseconds;
    }

    /// <summary>Imports <paramref name="folder"/> and kills the import once <paramref name="target"/> articles are at <paramref name="generation"/>.</summary>
    private static async Task<(int At, long Milliseconds)> KillAfterArticlesAsync(CrashSite site, string folder, int generation, int target)
    {
        using var app = site.Start("import", folder);
        await app.WaitForOutputAsync("ready in", StartUp);
        var work = Stopwatch.StartNew();
        var marker = $"-generation-{generation} ";
        int done;
        await using (var db = site.Open())
        {
            while ((done = await db.Articles.CountAsync(a => a.Slug.StartsWith("imported-") && a.Body.Contains(marker))) < target && !app.HasExited)
            {
                await Task.Delay(20);
            }
        }
        Assert.True(app.Kill(), $"the import ended before {target} articles were at generation {generation}: {app.Output}");
        return (done, work.ElapsedMilliseconds);
    }

    private static string Slug(int i) => $"imported-{i:000}";

    private static string Body(string slug, int generation) => EditorSession.Body($"step-{slug}-generation-{generation}");

    private static void WriteArticles(string folder, int generation)
    {
        for (var i = 0; i < Files; i++)
        {
            var content = EditorSite.SampleContent(Slug(i), Body(Slug(i), generation));
            File.WriteAllText(Path.Combine(folder, ContentFileWriter.FileName(content)), ContentFileWriter.Write(content));
        }
    }

    /// <summary>The public body of every imported article, by slug, as the content file wrote it.</summary>
    private static async Task<Dictionary<string, string>> PublicBodiesAsync(CrashSite site)
    {
        await using var db = site.Open();
        var articles = await db.Articles.AsNoTracking().Where(a => a.Slug.StartsWith("imported-")).Select(a => new { a.Slug, a.Body }).ToListAsync();
        return articles.ToDictionary(a => a.Slug, a => a.Body.ReplaceLineEndings("\n").Trim());
    }
}
