using System.Text;
using static BoneInfo.FaultSuite.MarkdownReport;

namespace BoneInfo.FaultSuite;

/// <summary>The report's sections on traffic, editors, and restarts and faults.</summary>
public static class ReportSections
{
    public static void Traffic(StringBuilder md, SuiteResult r)
    {
        var t = r.Traffic;
        Line(md, $"## Requests");
        Line(md);
        Line(md, $"{Count(t.Answered)} requests served of {Count(t.Sent)} sent ({t.ReaderRequestsPerSecond:0} reader requests a second). ");
        Line(md, $"No answer (refused, reset, timed out): {Count(t.NoAnswerInGaps)} during restart gaps, {Count(t.NoAnswerOutsideGaps)} outside them.");
        Line(md);
        Table(md, ["phase", "who", "sent", "answered", "2xx/3xx", "5xx", "no answer", "still waiting at the end"], t.Phases.Select(p => new[]
        {
            FaultInjector.Name(p.Phase), Who(p.Actor), Count(p.Sent), Count(p.Answered), Count(p.Ok), Count(p.ServerErrors), Count(p.NoAnswer), Count(p.Unfinished),
        }));
        Line(md, $"### Server errors by phase, route and status");
        Line(md);
        Table(md, ["phase", "who", "route", "status", "count", "counted against the target"], t.Errors.Select(e => new[]
        {
            FaultInjector.Name(e.Phase), Who(e.Actor), $"`{e.Route}`", $"{e.Status}", Count(e.Count),
            e.Phase == Phase.RestartGap ? "no (restart gap)" : e.Excused ? "no (503 to a write during a disk fault)" : "**yes**",
        }));
        Line(md, $"### `/health`, asked every 250 ms");
        Line(md);
        Table(md, ["phase", "answers"], r.Health.GroupBy(h => PhaseAt(r, h.At)).OrderBy(g => g.Key).Select(g => new[]
        {
            FaultInjector.Name(g.Key),
            string.Join(", ", g.GroupBy(h => h.Status == 0 ? "no answer" : $"{h.Status} {h.Reported}").Select(s => $"{s.Key} × {s.Count()}")),
        }));
    }

    public static void Editors(StringBuilder md, SuiteResult r)
    {
        var s = r.Saves;
        Line(md, $"## Editors");
        Line(md);
        Line(md, $"Saves (Save draft, or Submit for review, which saves first) sent: {Count(s.Sent)}; told {Told(s.Told, "saved")}{Statuses(s.Steps.Select(x => (x.Told, x.Status)))}. ");
        Line(md, $"Acknowledged: {Count(s.Acknowledged)}, of which {Count(s.AcknowledgedWithRevision)} with their revision number shown on the page after the save. ");
        Line(md, $"Found in the revision table afterwards (by the token each save carries as its change summary): **{Count(s.Found)} of {Count(s.Acknowledged)}**; ");
        Line(md, $"revision numbers that differ from the page: {Count(s.RevisionMismatches)}; saves that got no answer but were committed: {Count(s.UnansweredButSaved)}.");
        Line(md);
        foreach (var lost in s.Lost.Take(20))
        {
            Line(md, $"- lost: `{lost.Token}` on article {lost.ArticleId} at {lost.At:0.00} s ({FaultInjector.Name(PhaseAt(r, lost.At))})");
        }
        var p = r.Publishes;
        Line(md, $"Publish presses: {Count(p.Presses)} ({Count(p.DoubleClicks)} double clicks, two presses at once); told {Told(p.Told, "published")}{Statuses(r.Publishes.Steps.Select(x => (x.Told, x.Status)))}. ");
        Line(md, $"Revisions marked published: {Count(p.RevisionsPublished)}; publish entries in the audit log: {Count(p.AuditEntries)}; ");
        Line(md, $"**double publishes: {Count(p.Repeated.Count)}**; acknowledged publishes whose revision is not marked published: **{Count(p.AcknowledgedNotPublished.Count)}**.");
        Line(md);
        foreach (var repeated in p.Repeated)
        {
            Line(md, $"- published {repeated.Times} times: {repeated.Slug}, {repeated.Revision}");
        }
        foreach (var missing in p.AcknowledgedNotPublished.Take(20))
        {
            Line(md, $"- acknowledged but not published: article {missing.ArticleId} revision {missing.Revision} at {missing.At:0.00} s");
        }
        Line(md);
    }

    public static void Restarts(StringBuilder md, SuiteResult r)
    {
        Line(md, $"## Restarts and faults");
        Line(md);
        Line(md, $"Recovery (start to healthy): max {Optional(r.RecoveryMax)}, median {Optional(r.RecoveryMedian)}. ");
        Line(md, $"\"Listening after\" is when Kestrel said it was listening: start-up work before it (migrations, import, index check) and the first /health after it.");
        Line(md);
        Table(md, ["restart", "why", "stopped", "started", "listening after", "healthy", "recovery", "without the app"], r.Restarts.Select(x => new[]
        {
            $"{x.Number}", x.Why, $"{x.StoppedAt:0.00} s", $"{x.StartedAt:0.00} s", Optional(x.ListeningSeconds), x.HealthyAt is { } h ? $"{h:0.00} s" : "never",
            Optional(x.RecoverySeconds), Optional(x.GapSeconds),
        }));
        Table(md, ["fault", "from", "to", "saves acknowledged", "saves told 5xx", "saves without answer", "other saves"], r.Windows.Select(w =>
        {
            var saves = r.Saves.Steps.Where(x => x.At >= w.Start && x.At <= w.End).ToList();
            return new[]
            {
                FaultInjector.Name(w.Kind), $"{w.Start:0.00} s", $"{w.End:0.00} s",
                Count(saves.Count(x => x.Told == FaultSuite.Told.Done)), Count(saves.Count(x => x.Told == FaultSuite.Told.ServerError)),
                Count(saves.Count(x => x.Told == FaultSuite.Told.NoAnswer)),
                Count(saves.Count(x => x.Told is not (FaultSuite.Told.Done or FaultSuite.Told.ServerError or FaultSuite.Told.NoAnswer))),
            };
        }));
    }

    private static Phase PhaseAt(SuiteResult r, double at) => Timeline.PhaseOf(r.Restarts, r.Windows, at, at);

    private static string Told(IReadOnlyDictionary<FaultSuite.Told, int> told, string done) =>
        told.Count == 0 ? "nothing" : string.Join(", ", told.OrderBy(t => t.Key).Select(t => $"{Name(t.Key, done)} {Count(t.Value)}"));

    /// <summary>The statuses behind the refusals and other answers, e.g. " (refusals: 422 × 3)".</summary>
    private static string Statuses(IEnumerable<(FaultSuite.Told Told, int Status)> steps)
    {
        var odd = steps.Where(s => s.Told is FaultSuite.Told.Refused or FaultSuite.Told.Other).GroupBy(s => s.Status).OrderBy(g => g.Key).ToList();
        return odd.Count == 0 ? "" : $" (refused or other: {string.Join(", ", odd.Select(g => $"{g.Key} × {g.Count()}"))})";
    }

    private static string Name(FaultSuite.Told told, string done) => told switch
    {
        FaultSuite.Told.Done => done,
        FaultSuite.Told.AlreadyDone => "already published",
        FaultSuite.Told.Conflict => "conflict (409)",
        FaultSuite.Told.Refused => "refused (4xx)",
        FaultSuite.Told.ServerError => "server error (5xx)",
        FaultSuite.Told.NoAnswer => "no answer",
        _ => "other",
    };

    private static string Who(Actor actor) => actor == Actor.Reader ? "readers" : "editors";

    private static string Count(int n) => SuiteResult.Count(n);

    private static string Optional(double? s) => s is { } value ? SuiteResult.Seconds(value) : "n/a";
}
