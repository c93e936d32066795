using System.Globalization;
using System.Text;

namespace BoneInfo.FaultSuite;

/// <summary>The run as a Markdown page (docs/fault-suite.md by default).</summary>
public static class MarkdownReport
{
    public static void Write(string path, SuiteResult r)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Render(r));
    }

    public static string Render(SuiteResult r)
    {
        var o = r.Options;
        var md = new StringBuilder();
        Line(md, $"# Load-and-fault suite: {(r.TargetsMet ? "targets met" : "targets missed")}");
        Line(md);
        Line(md, $"Run on {r.StartedUtc:yyyy-MM-dd HH:mm} UTC by `benchmarks/BoneInfo.FaultSuite` ({Command(o)}), on {Environment.ProcessorCount} cores; ");
        Line(md, $"1-minute load average {r.Load.Start:0.00} at the start, {r.Load.Max:0.00} at most, {r.Load.End:0.00} at the end (the suite and the app share the cores). ");
        Line(md, $"{o.Seconds} s of {o.Readers} anonymous readers and {o.Editors} editors against the app on Kestrel over {r.Database}, ");
        Line(md, $"killed with SIGKILL and restarted after every {o.RestartEverySeconds} s of uptime; the last {o.FaultSeconds} s before each restart a disk fault, full and read-only in turn (see docs/operations.md).");
        Line(md);
        foreach (var note in r.Notes)
        {
            Line(md, $"- **{note}**");
        }
        Line(md);
        Line(md, $"## Targets");
        Line(md);
        Table(md, ["target", "this run", "met"], r.Targets.Select(t => new[] { t.Name, t.Figure, t.Met ? "yes" : "**no**" }));
        Line(md, $"A 503 answering an editor's POST during a disk fault is not counted against the first target: it is the app saying the save did not happen. ");
        Line(md, $"Recovery is from the new process's start to its first 200 on `/health`, polled every 50 ms from a thread of its own (so that the time is not that of the suite's own readers keeping its thread pool busy).");
        Line(md);
        ReportSections.Traffic(md, r);
        ReportSections.Editors(md, r);
        ReportSections.Restarts(md, r);
        Line(md, $"## Database afterwards");
        Line(md);
        Line(md, $"- `PRAGMA integrity_check`: {r.Integrity}");
        Line(md, $"- search index against the published articles: {r.IndexCheck}");
        Line(md);
        Line(md, $"## Log of the run");
        Line(md);
        Line(md, $"```");
        foreach (var e in r.Events)
        {
            Line(md, $"{e}");
        }
        Line(md, $"```");
        return md.ToString();
    }

    private static string Command(SuiteOptions o) =>
        string.Create(CultureInfo.InvariantCulture, $"`--seconds {o.Seconds} --readers {o.Readers} --editors {o.Editors} --restart-every {o.RestartEverySeconds} --fault-seconds {o.FaultSeconds}{(o.PostgreSql ? " --provider postgres" : "")}`");

    public static void Table(StringBuilder md, string[] header, IEnumerable<string[]> rows)
    {
        Line(md, $"| {string.Join(" | ", header)} |");
        Line(md, $"|{string.Concat(header.Select(_ => " --- |"))}");
        var any = false;
        foreach (var row in rows)
        {
            Line(md, $"| {string.Join(" | ", row)} |");
            any = true;
        }
        if (!any)
        {
            Line(md, $"| {string.Join(" | ", header.Select((_, i) => i == 0 ? "none" : ""))} |");
        }
        Line(md);
    }

    public static void Line(StringBuilder md, FormattableString text) => md.Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');

    public static void Line(StringBuilder md) => md.Append('\n');
}
