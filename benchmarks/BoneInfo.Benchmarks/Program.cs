using System.Diagnostics;
using BoneInfo.Benchmarks.Synthetic;

namespace BoneInfo.Benchmarks;

/// <summary>Search benchmark: see docs/performance.md for what it measures and how to run it.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args is ["library", ..])
        {
            return await LibraryCommand.RunAsync(args, BenchmarkOptions.Parse([]).ContentFolder);
        }
        var options = BenchmarkOptions.Parse(args);
        var real = SyntheticLibrary.RealArticles(options.ContentFolder);
        var results = new List<SizeResult>();
        foreach (var size in options.Sizes)
        {
            results.Add(await RunSizeAsync(size, real, options));
        }
        Report.Write(options.DocPath, Machine.Describe(), results, options.Plan);
        Console.WriteLine($"Wrote {options.DocPath}");
        return results.Any(r => r.InProcess.Errors + r.Http.Errors > 0) ? 1 : 0;
    }

    private static async Task<SizeResult> RunSizeAsync(int size, IReadOnlyList<Web.Articles.ArticleContent> real, BenchmarkOptions options)
    {
        var total = Stopwatch.StartNew();
        void Log(string message) => Console.WriteLine($"[{size,7:N0} | {total.Elapsed:hh\\:mm\\:ss}] {message}");

        using var database = new LibraryDatabase(size) { Keep = options.KeepDatabases };
        Log($"database {database.FilePath}");
        var load = Stopwatch.StartNew();
        long bodyWords = 0;
        var synthetic = SyntheticLibrary.Generate(size).Select(a =>
        {
            bodyWords += a.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            return a;
        });
        var articles = database.Insert(real.Concat(synthetic));
        load.Stop();
        Log($"generated and inserted {articles:N0} articles in {load.Elapsed.TotalSeconds:0.0} s; synthetic bodies average {bodyWords / Math.Max(size, 1):N0} words");
        await SystemLoad.WaitForQuietAsync(Log);
        var (indexed, indexTime) = await database.BuildSearchIndexAsync();
        var bytes = database.SizeInBytes();
        Log($"indexed {indexed:N0} articles in {indexTime.TotalSeconds:0.00} s; database {bytes / 1048576.0:0.0} MiB");

        var top = await InProcessRun.TopResultsAsync(database.ConnectionString, options.ContentFolder);
        foreach (var (query, slug) in top)
        {
            Log($"  top result {slug,-32} for {Shorten(query)}");
        }
        var inProcess = await InProcessRun.RunAsync(database.ConnectionString, options.ContentFolder, options.Plan, m => Log("in-process: " + m));
        Log($"in-process: {Describe(inProcess)}");
        var http = await HttpRun.RunAsync(database.FilePath, options.ContentFolder, options.Plan, m => Log("HTTP: " + m));
        Log($"HTTP: {Describe(http)}");
        return new SizeResult(size, articles, bodyWords / Math.Max(size, 1), load.Elapsed, indexTime, bytes, inProcess, http, top, total.Elapsed);
    }

    private static string Describe(RunResult run) =>
        $"{run.Warm.Count} calls, p50 {run.Warm.P50:0.00} ms, p95 {run.Warm.P95:0.00} ms, p99 {run.Warm.P99:0.00} ms, max {run.Warm.Max:0.00} ms, errors {run.Errors}";

    public static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
