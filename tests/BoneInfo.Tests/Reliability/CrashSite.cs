using System.Globalization;
using BoneInfo.Tests.Infrastructure;
using BoneInfo.Web.Accounts;
using BoneInfo.Web.Backups;
using BoneInfo.Web.Data;
using Xunit.Abstractions;

namespace BoneInfo.Tests.Reliability;

/// <summary>
/// BoneInfo as separate processes on one database (a temp SQLite file, or a new PostgreSQL database with the search
/// index in a temp file), which a test starts, kills with SIGKILL and checks. The random source is seeded; the seed
/// and every kill delay are written to the test output, and <c>BONEINFO_CRASH_SEED</c> replays a seed.
/// </summary>
public sealed class CrashSite : IDisposable
{
    public const string Writer = "writer@boneinfo.test";
    public const string Reviewer = "reviewer@boneinfo.test";

    private readonly TempFolder _folder = new();
    private readonly ITestOutputHelper _output;

    public CrashSite(DatabaseProvider provider, ITestOutputHelper output)
    {
        Provider = provider;
        _output = output;
        var seed = System.Environment.GetEnvironmentVariable("BONEINFO_CRASH_SEED") is { Length: > 0 } s ? int.Parse(s, CultureInfo.InvariantCulture) : Random.Shared.Next();
        Random = new Random(seed);
        Log($"seed {seed} (BONEINFO_CRASH_SEED={seed} replays the same kill delays), provider {provider}");
        // Unpooled on SQLite: each check opens the file afresh, as after a restart, and holds nothing open between kills.
        ConnectionString = provider == DatabaseProvider.PostgreSql ? PostgreSqlServer.CreateDatabaseAsync().GetAwaiter().GetResult() : $"Data Source={DatabasePath};Pooling=False";
        Environment = new(AppProcess.ConsoleLog)
        {
            ["Content__Path"] = RepoPaths.TestContent,
            ["Site__BaseUrl"] = BoneInfoFactory.BaseUrl,
            ["Search__RateLimit__PermitLimit"] = "1000000",
            ["Accounts__SignInRateLimit__PermitLimit"] = "1000000",
        };
        if (provider == DatabaseProvider.PostgreSql)
        {
            Environment["Database__Provider"] = "PostgreSQL";
            Environment["ConnectionStrings__BoneInfo"] = ConnectionString;
            Environment["Search__IndexPath"] = _folder.File("search-index.db");
        }
    }

    public DatabaseProvider Provider { get; }
    public Random Random { get; }
    public string ConnectionString { get; }
    public string DatabasePath => _folder.File("boneinfo.db");
    public Dictionary<string, string?> Environment { get; }
    public KillableApp? Server { get; private set; }
    public string Folder(string name) => Directory.CreateDirectory(_folder.File(name)).FullName;

    public void Log(string line) => _output.WriteLine(line);

    public BoneInfoDbContext Open() => TestDatabase.CreateContext(Provider, ConnectionString);

    /// <summary>The running server's address, after starting it if it is not running.</summary>
    public async Task<Uri> ServerAsync() => Server is { HasExited: false, Address: { } address } ? address : await StartServerAsync();

    public async Task<Uri> StartServerAsync()
    {
        Server?.Dispose();
        var started = System.Diagnostics.Stopwatch.StartNew();
        Server = await KillableApp.StartServerAsync(DatabasePath, Environment);
        Log($"  server started in {started.Elapsed.TotalSeconds:0.0} s");
        return Server.Address!;
    }

    /// <summary>
    /// A command-line verb of the app, run to the end (its output and errors together). Up to 5 minutes: an import of
    /// hundreds of files, each its own synced commit, takes over a minute on a loaded machine.
    /// </summary>
    public async Task<AppProcess.Outcome> RunAsync(params string[] args)
    {
        using var app = Start(args);
        return new AppProcess.Outcome(await app.WaitForExitAsync(TimeSpan.FromMinutes(5)), app.Output, "");
    }

    /// <summary>A command-line verb of the app, started, to be killed.</summary>
    public KillableApp Start(params string[] args) => KillableApp.Start(DatabasePath, Environment, args);

    /// <summary>
    /// Kills the server (SIGKILL) a random time below <paramref name="maxDelay"/> ms after the first step told
    /// <paramref name="first"/> (so the kill lands among steps in flight, not in start-up), waits until every client
    /// is cut off, and runs <see cref="CheckAfterKillAsync"/>.
    /// </summary>
    public async Task KillAndCheckAsync(int kill, Ledger ledger, Told first, int maxDelay, IEnumerable<Task> clients)
    {
        await ledger.FirstAsync(first).WaitAsync(TimeSpan.FromSeconds(60));
        var delay = Random.Next(0, maxDelay);
        await Task.Delay(delay);
        Server!.Kill();
        await Task.WhenAll(clients);
        Log($"kill {kill}: {delay} ms after the first step told {first}; told: {ledger.Summary()}");
        await CheckAfterKillAsync(ledger);
    }

    /// <summary>On a new site (the server started once): a writer and a reviewer, and <paramref name="count"/> articles by the writer.</summary>
    public async Task<int[]> AddEditorsAndArticlesAsync(int count)
    {
        await using (var db = Open())
        {
            await TestUsers.AddAsync(db, Writer, UserRole.Writer);
            await TestUsers.AddAsync(db, Reviewer, UserRole.Reviewer);
        }
        var writer = await TestUsers.SignedInClientAsync(Server!.Address!, Writer);
        var ids = new int[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = await Editing.EditorSite.NewArticleAsync(writer, $"crash-{i}");
        }
        return ids;
    }

    /// <summary>A signed-in editor on the running server whose steps go into <paramref name="ledger"/>.</summary>
    public async Task<EditorSession> SessionAsync(string email, Ledger ledger) =>
        new(email, await TestUsers.SignedInClientAsync(Server!.Address!, email), ledger);

    /// <summary>
    /// After a kill: the database is sound (SQLite's integrity check), every article shows one whole published
    /// revision (and, on SQLite, its search entry is of that revision), <c>-- verify</c> exits 0, and every step in
    /// <paramref name="ledger"/> the client was told happened is there. On SQLite verify reads the file as the kill left
    /// it; on PostgreSQL the node's search index is a read model rebuilt at start, so the server is started first.
    /// </summary>
    public async Task CheckAfterKillAsync(Ledger? ledger = null)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var verify = Provider == DatabaseProvider.Sqlite ? await RunAsync("verify") : null;
        // A new connection: on one that read the FTS5 tables before another process wrote them, SQLite's
        // integrity_check reports corruption that is not there (a fresh connection and any search query see none).
        if (Provider == DatabaseProvider.Sqlite && await DatabaseBackup.CheckAsync(DatabasePath) is { Succeeded: false } check)
        {
            Assert.Fail($"{check.Message}; the database is kept in {KeepDatabase()}");
        }
        await using (var db = Open())
        {
            HistoryChecks.AssertNone(await HistoryChecks.HalfPublishedAsync(db, indexInDatabase: Provider == DatabaseProvider.Sqlite));
            if (ledger is not null)
            {
                HistoryChecks.AssertNone(await HistoryChecks.LostAsync(db, ledger.Steps));
                HistoryChecks.AssertNone(await HistoryChecks.LostAutosavesAsync(db, ledger.Steps));
                HistoryChecks.AssertNone(await HistoryChecks.WrongAsync(db, ledger.Steps));
                HistoryChecks.AssertNone(ledger.Steps.Where(s => s.Told == Told.Failed).Select(s => $"{s.Editor} {s.Command}: {s.Status}"));
            }
        }
        if (Provider == DatabaseProvider.PostgreSql)
        {
            await StartServerAsync();
            verify = await RunAsync("verify");
        }
        Assert.True(verify!.ExitCode == 0, $"verify exited {verify.ExitCode}: {verify.Output}{verify.Errors}");
        Log($"  checked: integrity {(Provider == DatabaseProvider.Sqlite ? "ok" : "(PostgreSQL's own)")}, every article at one published revision, verify exit 0{(ledger is null ? "" : ", every acknowledged step found")} ({started.Elapsed.TotalSeconds:0.0} s)");
    }

    /// <summary>Copies the SQLite file (and its WAL) out of the temp folder, for a failure to be looked at.</summary>
    private string KeepDatabase()
    {
        var kept = Directory.CreateTempSubdirectory("boneinfo-crash-").FullName;
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(DatabasePath)!, "boneinfo.db*"))
        {
            File.Copy(file, Path.Combine(kept, Path.GetFileName(file)));
        }
        return kept;
    }

    public void Dispose()
    {
        Server?.Dispose();
        _folder.Dispose();
    }
}
