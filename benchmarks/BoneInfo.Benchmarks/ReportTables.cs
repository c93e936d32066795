using System.Text;
using static System.FormattableString;

namespace BoneInfo.Benchmarks;

/// <summary>The result tables of docs/performance.md: one per library size, then per query across sizes.</summary>
public static class ReportTables
{
    public static void Results(StringBuilder doc, IReadOnlyList<SizeResult> results)
    {
        doc.AppendLine("## Results").AppendLine();
        foreach (var r in results)
        {
            doc.AppendLine(Invariant($"### {r.Synthetic:N0} synthetic articles")).AppendLine();
            doc.AppendLine("| | |").AppendLine("| --- | ---: |");
            doc.AppendLine(Invariant($"| articles in the database (synthetic + real) | {r.Articles:N0} |"));
            doc.AppendLine(Invariant($"| mean body length of the synthetic articles | {r.MeanBodyWords:N0} words |"));
            doc.AppendLine(Invariant($"| generate + insert | {Duration(r.LoadTime)} |"));
            doc.AppendLine(Invariant($"| **index build** (`SearchIndex.RebuildAsync`) | **{Duration(r.IndexBuildTime)}** |"));
            doc.AppendLine(Invariant($"| **database size** | **{r.DatabaseBytes / 1048576.0:N1} MiB** |"));
            doc.AppendLine(Invariant($"| whole run for this size | {Duration(r.TotalTime)} |")).AppendLine();
            doc.AppendLine("| search | calls | cold | p50 | p95 | p99 | max | mean | errors | load average at start / end |");
            doc.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            doc.AppendLine(Row("in-process", r.InProcess));
            doc.AppendLine(Row("HTTP", r.Http)).AppendLine();
        }
        doc.AppendLine("Times in milliseconds.").AppendLine();
    }

    public static void PerQuery(StringBuilder doc, IReadOnlyList<SizeResult> results)
    {
        doc.AppendLine("## Per query").AppendLine();
        doc.AppendLine("In-process p50 / p95 in milliseconds for each query of the mix, and its top result in the largest library.").AppendLine();
        doc.Append("| kind | query |");
        foreach (var r in results)
        {
            doc.Append(Invariant($" {r.Synthetic:N0} |"));
        }
        doc.AppendLine(" top result |").Append("| --- | --- |");
        doc.AppendLine(string.Concat(results.Select(_ => " ---: |")) + " --- |");
        foreach (var query in QueryMix.All)
        {
            doc.Append(Invariant($"| {query.Kind} | {Quote(query.Text)} |"));
            foreach (var r in results)
            {
                var p = r.InProcess.ByQuery[query.Text];
                doc.Append(Invariant($" {p.P50:0.00} / {p.P95:0.00} |"));
            }
            doc.AppendLine(Invariant($" {results[^1].TopResults[query.Text]} |"));
        }
        doc.AppendLine();
    }

    private static string Row(string name, RunResult run) =>
        Invariant($"| {name} | {run.Warm.Count:N0} | {run.ColdMs:0.0} | {run.Warm.P50:0.00} | {run.Warm.P95:0.00} | {run.Warm.P99:0.00} | {run.Warm.Max:0.00} | {run.Warm.Mean:0.00} | {run.Errors} | {run.LoadAtStart:0.00} / {run.LoadAtEnd:0.00} |");

    /// <summary>Query text as inline code, shortened; backticks and pipes would break the table.</summary>
    private static string Quote(string text)
    {
        var shown = text.Length <= 60 ? text : Invariant($"{text[..57].TrimEnd()}… ({text.Length} characters)");
        return "`" + shown.Replace("`", "'", StringComparison.Ordinal).Replace("|", "¦", StringComparison.Ordinal) + "`";
    }

    public static string Duration(TimeSpan time) => time.TotalSeconds < 60
        ? Invariant($"{time.TotalSeconds:0.00} s")
        : Invariant($"{(int)time.TotalMinutes} min {time.Seconds:00} s");
}
