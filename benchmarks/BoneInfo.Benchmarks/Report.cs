using System.Text;
using static System.FormattableString;

namespace BoneInfo.Benchmarks;

/// <summary>
/// Writes docs/performance.md from one run's measurements. Anything below <see cref="NotesMarker"/> in the existing
/// file (hand-written analysis) is kept.
/// </summary>
public static class Report
{
    public const string NotesMarker = "<!-- Everything below this line is written by hand and kept when the benchmark rewrites this file. -->";

    public static void Write(string path, Machine machine, IReadOnlyList<SizeResult> results, RunPlan plan)
    {
        var doc = new StringBuilder();
        doc.AppendLine("# Search performance").AppendLine();
        doc.AppendLine(Invariant($"Measured by `benchmarks/BoneInfo.Benchmarks` on {DateTime.UtcNow:yyyy-MM-dd} (UTC), in Release."))
            .AppendLine("Every figure below comes from that run; this file is rewritten by it (see [How to re-run](#how-to-re-run)).")
            .AppendLine();
        doc.AppendLine("## Machine").AppendLine().AppendLine("| | |").AppendLine("| --- | --- |");
        doc.AppendLine(Invariant($"| CPU | {machine.Cpu} |"));
        doc.AppendLine(Invariant($"| cores | {machine.Cores} |"));
        doc.AppendLine(Invariant($"| memory | {machine.Memory} |"));
        doc.AppendLine(Invariant($"| OS | {machine.OperatingSystem} |"));
        doc.AppendLine(Invariant($"| .NET | {machine.DotNet} (server GC, as the app) |"));
        doc.AppendLine(Invariant($"| SQLite | {machine.Sqlite} (bundled with SQLitePCLRaw {typeof(SQLitePCL.raw).Assembly.GetName().Version?.ToString(3)}) |")).AppendLine();

        doc.AppendLine("## Targets").AppendLine();
        doc.AppendLine("Search p95 at most 5 ms with 1 000 articles and at most 25 ms with 100 000 (no target is set for other sizes).").AppendLine();
        doc.AppendLine("| articles | target | in-process p95 | met | HTTP p95 | met |").AppendLine("| ---: | --- | ---: | --- | ---: | --- |");
        if (!results.Any(r => r.TargetP95Ms is not null))
        {
            doc.AppendLine("| | this run measured no size with a target | | | | |");
        }
        foreach (var r in results.Where(r => r.TargetP95Ms is not null))
        {
            var target = r.TargetP95Ms!.Value;
            doc.AppendLine(Invariant($"| {r.Synthetic:N0} | p95 ≤ {target} ms | {r.InProcess.Warm.P95:0.00} ms | {Met(r.InProcess.Warm.P95, target)} | {r.Http.Warm.P95:0.00} ms | {Met(r.Http.Warm.P95, target)} |"));
        }
        var busy = results
            .SelectMany(r => new[] { (Run: r.InProcess, Name: Invariant($"{r.Synthetic:N0} in-process")), (Run: r.Http, Name: Invariant($"{r.Synthetic:N0} HTTP")) })
            .Where(x => Math.Max(x.Run.LoadAtStart, x.Run.LoadAtEnd) > machine.Cores)
            .Select(x => Invariant($"{x.Name} (load average {x.Run.LoadAtStart:0.0} at start, {x.Run.LoadAtEnd:0.0} at end)"))
            .ToList();
        if (busy.Count > 0)
        {
            doc.AppendLine().AppendLine(Invariant($"**Other work shared the {machine.Cores}-core machine during:** {string.Join("; ", busy)}. Those figures include that contention."));
        }
        doc.AppendLine().AppendLine(Method(plan)).AppendLine();
        ReportTables.Results(doc, results);
        ReportTables.PerQuery(doc, results);
        doc.AppendLine(HowToRerun).AppendLine().AppendLine(NotesMarker);
        File.WriteAllText(path, doc + KeptNotes(path));
    }

    private static string Met(double p95, double target) => p95 <= target ? "yes" : "**no**";

    private static string KeptNotes(string path)
    {
        if (!File.Exists(path))
        {
            return "";
        }
        var existing = File.ReadAllText(path);
        var at = existing.IndexOf(NotesMarker, StringComparison.Ordinal);
        return at < 0 ? "" : existing[(at + NotesMarker.Length)..];
    }

    private static string Method(RunPlan plan) => Invariant($"""
        ## Method

        For each size N, in one process, one size at a time:

        1. **Library.** N synthetic articles from Bogus with a fixed seed (`Synthetic/SyntheticLibrary.cs`): made-up
           eponym and dysplasia titles, 2-4 other names, a 2-3 sentence summary, a Markdown body of 6-8 `##` sections
           (lorem prose in which about a third of the words are bone terms: half from 30 general ones such as "bone",
           "pain" and "calcium" that every article uses, half from a dozen of 100 specific ones such as "Paget" or
           "osteoclast" chosen per article; some sentences cite references; the mean length is in the tables), 5-15
           phenotypes from a fixed list of 200 clinical labels with plain labels and frequency bands, 1-4 labs, 1-3
           genes (10 % of draws from 38 real bone genes, the rest from 5 000 made-up symbols), 1-3 OMIM/ORPHA codes and
           3-8 references. About 10 % are lab-finding articles. The 8 real articles from `content/` are added (parsed
           with `ContentFileParser`), so real queries have real answers.
        2. **Database.** A fresh SQLite file in the temp folder, `Database.Migrate()`, then `Article.FromContent` with
           its body rendered to HTML as a publish stores it (`PublishedRendering.Render`), and `AddRange` +
           `SaveChanges` in batches of 1 000 with change detection off. **Index build** is the time of
           `SearchIndex.RebuildAsync()`. **Database size** is the file after `PRAGMA wal_checkpoint(TRUNCATE)`.
        3. **In-process.** `SearchService.SearchAsync` resolved from a service collection wired as the app wires it
           (singleton lexicon, parser, spelling corrector and search catalog; a scope, so a new `DbContext`, per search; the app's
           pragma interceptor). First every query of the mix runs once on its own service provider to record its top
           result (so code is compiled before anything is timed). The first call on the timed provider
           (`hypophosphatasia`) is reported as **cold**: it loads the spelling vocabulary and the in-memory search
           catalog of every published article's names and features. Then untimed warm-up rounds of the mix for at least
           {TimedLoop.WarmUpTime.TotalSeconds:0} seconds (so the JIT has recompiled the hot code, optimised), then up to
           {plan.Rounds} timed rounds of the {QueryMix.All.Count}-query mix, each call timed with a `Stopwatch`, one
           call at a time. When a warm-up round shows that {plan.Rounds} rounds would take longer than
           {plan.Budget.TotalMinutes:0} minutes, fewer rounds are timed (at least {plan.MinimumRounds}); the tables give
           the number of calls.
        4. **HTTP.** The real app (`WebApplicationFactory<Program>`, Production, on Kestrel at a free loopback port)
           over the same database file, with `Content:ImportOnStartup=false` and `Search:RateLimit:PermitLimit=1000000`;
           an `HttpClient` sends `GET /api/search?q=…` for the same mix, sequentially, timing until the whole JSON body
           has arrived. The app's Serilog level is raised to Warning, so the one-line-per-request log is not written.
           Cold is the first request after the app started (its own vocabulary and catalog load and the first request
           through the ASP.NET Core pipeline).

        Percentiles are nearest-rank over all timed calls of the mix. Both the client and the app share the same cores.
        Before the index build and before each timed run the benchmark waits (up to 3 minutes) for the 1-minute load
        average to fall to 1.0 or below, and it records the load average when the timed calls start and end; the
        benchmark itself adds about 1 while it runs.
        """);

    private const string HowToRerun = """
        ## How to re-run

        ```sh
        dotnet run -c Release --project benchmarks/BoneInfo.Benchmarks                   # 1 000, 10 000 and 100 000
        dotnet run -c Release --project benchmarks/BoneInfo.Benchmarks -- 1000 10000     # chosen sizes
        dotnet run -c Release --project benchmarks/BoneInfo.Benchmarks -- 1000 --rounds 10 --keep --doc /tmp/perf.md
        ```

        `--rounds R` times at most R rounds of the query mix (default 50, i.e. 1 000 calls); `--keep` leaves the
        database files in `/tmp/boneinfo-bench/` for experiments; `--no-wait` starts timing without waiting for a quiet
        machine; `--doc PATH` writes this report elsewhere. Run nothing else heavy at the same time: the machine's
        cores are shared by the client, the app and SQLite. All three sizes take about ten minutes here (see the
        "whole run" rows).
        """;
}
