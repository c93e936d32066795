using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace BoneInfo.FaultSuite;

/// <summary>
/// One run: the app (published in Release, or a given build) on a new database, its first admin and the editors,
/// then readers, editors, the fault injector and the health watch together for the run's seconds, then the app
/// stopped, the faults lifted and the database read to check what the editors were told.
/// </summary>
public static partial class SuiteRun
{
    /// <summary>Runs the suite; <paramref name="interrupt"/> ends the load early (the app is still stopped and the database checked).</summary>
    public static async Task<SuiteResult> RunAsync(SuiteOptions options, Action<string> log, CancellationToken interrupt = default)
    {
        var work = Directory.CreateTempSubdirectory("boneinfo-faultsuite-").FullName;
        try
        {
            var appFolder = options.AppFolder ?? await PublishAsync(work, log);
            await using var database = options.PostgreSql
                ? await PostgreSqlDatabase.CreateAsync(options.PostgreSqlServer!, work, log)
                : (IDatabase)await SqliteDatabase.CreateAsync(work, log);
            using var app = new AppInstance(appFolder, AppSettings(database), Path.Combine(work, "app.log"));
            return await RunOnAsync(app, database, options, log, interrupt);
        }
        finally
        {
            if (options.Keep)
            {
                log($"kept {work}");
            }
            else
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static async Task<SuiteResult> RunOnAsync(AppInstance app, IDatabase database, SuiteOptions options, Action<string> log, CancellationToken interrupt)
    {
        await Accounts.CreateAdminAsync(app);
        app.Start();
        if (!await app.WaitHealthyAsync(TimeSpan.FromMinutes(3)))
        {
            throw new InvalidOperationException($"the app did not become healthy; see {app.LogPath}");
        }
        var editors = await Accounts.AddEditorsAsync(app.Address, options.Editors);
        using var readerClient = Clients.Anonymous(app.Address);
        var slugs = await ListAsync(readerClient, "/conditions", ConditionLink());
        var articles = (await ListAsync(editors[0].Client, "/admin", EditLink())).Select(int.Parse).Order().Take(8).ToList();
        log($"app healthy at {app.Address}; {editors.Count} editors on {articles.Count} articles, {options.Readers} readers on {slugs.Count} condition pages");
        await WarmUpAsync(readerClient, editors, slugs, articles);

        var startedUtc = DateTime.UtcNow;
        var timeline = new Timeline();
        var traffic = new Traffic(timeline);
        var ledger = new EditLedger();
        var injector = new FaultInjector(app, database, timeline, log);
        var health = new HealthWatch(app.Address, timeline);
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(interrupt))
        {
            stop.CancelAfter(TimeSpan.FromSeconds(options.Seconds));
            await Task.WhenAll(
                new Readers(traffic, slugs).RunAsync(readerClient, options.Readers, stop.Token),
                new EditorWork(traffic, timeline, ledger, articles).RunAsync(editors, stop.Token),
                injector.RunAsync(options, stop.Token),
                health.RunAsync(stop.Token));
        }
        log(timeline.Note("load stopped"));
        if (options.Keep)
        {
            // Every request, for a closer look at a run: sent, answered (seconds), who, status, route.
            await File.WriteAllLinesAsync(Path.Combine(Path.GetDirectoryName(app.LogPath)!, "requests.csv"), traffic.Records.OrderBy(r => r.Start)
                .Select(r => FormattableString.Invariant($"{r.Start:0.000},{r.End:0.000},{r.Actor},{r.Status},{r.Route}")), CancellationToken.None);
        }
        await injector.FinishAsync();
        foreach (var editor in editors)
        {
            editor.Client.Dispose();
        }

        var findings = await database.ReadFindingsAsync();
        if (options.Keep)
        {
            var kept = Path.GetDirectoryName(app.LogPath)!;
            await database.KeepCopyAsync(kept);
            // Every save and publish as the editor was told, to set beside the database copy.
            await File.WriteAllLinesAsync(Path.Combine(kept, "edits.csv"), ledger.Saves.Select(s => FormattableString.Invariant(
                $"{s.At:0.000},save,{s.Editor},{s.ArticleId},{s.Command},{s.Told},{s.Status},{s.Revision},{s.Token}")).Concat(ledger.Publishes.Select(p =>
                FormattableString.Invariant($"{p.At:0.000},publish,{p.Editor},{p.ArticleId},{(p.DoubleClick ? "double" : "single")},{p.Told},{p.Status},{p.Revision},"))), CancellationToken.None);
        }
        var (verifyExit, verifyOutput) = await app.RunVerbAsync(new Dictionary<string, string>(), "verify");
        return new SuiteResult(options, database.Description, Notes(database), startedUtc, health.Load,
            TrafficFigures.From(traffic.Records, timeline, options.Seconds),
            SaveFigures.From(ledger.Saves, findings), PublishFigures.From(ledger.Publishes, findings),
            timeline.Restarts, timeline.Windows, health.Samples, timeline.Events, findings.Integrity,
            verifyExit == 0 ? "agrees (-- verify exit 0)" : $"-- verify exit {verifyExit}: {verifyOutput.Trim()}");
    }

    /// <summary>
    /// Every page the run uses asked once, and one save, before the clock starts, so that the run's first seconds
    /// are not the app compiling its code. The save's change summary is not a token: the checks pass it by.
    /// </summary>
    private static async Task WarmUpAsync(HttpClient reader, IReadOnlyList<Editor> editors, List<string> slugs, List<int> articles)
    {
        var pages = Readers.Routes.Select(route => Readers.PathFor(route, slugs[0], "bone pain"))
            .Select(path => (Client: reader, Path: path))
            .Concat(editors.Select((editor, i) => (editor.Client, Path: $"/admin/articles/{articles[i % articles.Count]}/edit")));
        foreach (var (client, path) in pages)
        {
            using var response = await client.GetAsync(path);
        }
        var edit = $"/admin/articles/{articles[0]}/edit";
        var page = EditPage.Parse(await editors[0].Client.GetStringAsync(edit));
        using var saved = await editors[0].Client.PostAsync(edit, new FormUrlEncodedContent(page.Edited("warm-up", "save")));
    }

    /// <summary>One client address drives every reader and editor, so the per-address limits are lifted for the run.</summary>
    private static Dictionary<string, string> AppSettings(IDatabase database) => new(database.AppSettings)
    {
        ["Search__RateLimit__PermitLimit"] = "1000000000",
        ["Accounts__SignInRateLimit__PermitLimit"] = "1000000",
        ["Serilog__MinimumLevel__Default"] = "Warning",
    };

    private static List<string> Notes(IDatabase database) =>
        new[] { database.ReadOnlyUnavailable is { } r ? "Read-only database not injected: " + r : null,
                database.DiskFullUnavailable is { } f ? "Full disk not injected: " + f : null }.OfType<string>().ToList();

    private static async Task<List<string>> ListAsync(HttpClient client, string path, Regex link) =>
        link.Matches(await client.GetStringAsync(path)).Select(m => m.Groups[1].Value).Distinct().ToList();

    private static async Task<string> PublishAsync(string work, Action<string> log)
    {
        var output = Path.Combine(work, "app");
        // As docs/operations.md publishes a deployment: for this machine's platform, self-contained, one ReadyToRun
        // composite image of the app and the runtime, so that a restart runs little JIT.
        log($"publishing the app (Release, {RuntimeInformation.RuntimeIdentifier})...");
        await Shell.RequireAsync("dotnet", "publish", Path.Combine(RepositoryRoot.Find(), "src", "BoneInfo.Web"), "-c", "Release",
            "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "true", "-o", output, "-v", "q", "--nologo");
        return output;
    }

    [GeneratedRegex("href=\"/conditions/([a-z0-9-]+)\"")]
    private static partial Regex ConditionLink();

    [GeneratedRegex("href=\"/admin/articles/([0-9]+)/edit\"")]
    private static partial Regex EditLink();
}
