namespace BoneInfo.FaultSuite;

/// <summary>Server errors of one kind: where (phase), who, what (route) and the status.</summary>
public sealed record ErrorRow(Phase Phase, Actor Actor, string Route, int Status, int Count, bool Excused);

/// <summary>Requests of one actor in one phase.</summary>
public sealed record PhaseRow(Phase Phase, Actor Actor, int Sent, int Answered, int Ok, int ServerErrors, int NoAnswer, int Unfinished);

/// <summary>
/// What the readers and editors got. A 5xx counts against the target unless it fell in a restart gap, or it is a 503
/// answering an editor's POST during a disk fault: the app saying the save did not happen, which is what it should
/// say then (such answers are listed as excused, and a 500 never is).
/// </summary>
public sealed record TrafficFigures(
    int Sent,
    int Answered,
    double ReaderRequestsPerSecond,
    IReadOnlyList<PhaseRow> Phases,
    IReadOnlyList<ErrorRow> Errors)
{
    public int ServerErrors => Errors.Sum(e => e.Count);
    public int ServerErrorsInGaps => Errors.Where(e => e.Phase == Phase.RestartGap).Sum(e => e.Count);
    public int ExcusedServerErrors => Errors.Where(e => e.Excused).Sum(e => e.Count);

    /// <summary>The target's figure: 5xx outside restart gaps, excused ones aside.</summary>
    public int ServerErrorsOutsideGaps => Errors.Where(e => e.Phase != Phase.RestartGap && !e.Excused).Sum(e => e.Count);

    public int NoAnswerInGaps => Phases.Where(p => p.Phase == Phase.RestartGap).Sum(p => p.NoAnswer);
    public int NoAnswerOutsideGaps => Phases.Where(p => p.Phase != Phase.RestartGap).Sum(p => p.NoAnswer);

    public static TrafficFigures From(IReadOnlyList<RequestRecord> records, Timeline timeline, double seconds)
    {
        var phased = records.Select(r => (Record: r, Phase: timeline.PhaseOf(r.Start, r.End))).ToList();
        var phases = phased.GroupBy(p => (p.Phase, p.Record.Actor)).OrderBy(g => g.Key.Phase).ThenBy(g => g.Key.Actor)
            .Select(g => new PhaseRow(g.Key.Phase, g.Key.Actor, g.Count(), g.Count(p => p.Record.Answered),
                g.Count(p => p.Record.Status is >= 200 and < 400), g.Count(p => p.Record.ServerError), g.Count(p => p.Record.Status == 0),
                g.Count(p => p.Record.Status == RequestRecord.Unfinished)))
            .ToList();
        var errors = phased.Where(p => p.Record.ServerError)
            .GroupBy(p => (p.Phase, p.Record.Actor, p.Record.Route, p.Record.Status))
            .Select(g => new ErrorRow(g.Key.Phase, g.Key.Actor, g.Key.Route, g.Key.Status, g.Count(), IsExcused(g.Key.Phase, g.Key.Actor, g.Key.Route, g.Key.Status)))
            .OrderBy(e => e.Phase).ThenByDescending(e => e.Count)
            .ToList();
        var readerAnswers = records.Count(r => r.Actor == Actor.Reader && r.Answered);
        return new TrafficFigures(records.Count, records.Count(r => r.Answered), readerAnswers / Math.Max(seconds, 1), phases, errors);
    }

    private static bool IsExcused(Phase phase, Actor actor, string route, int status) =>
        status == 503 && actor == Actor.Editor && phase is (Phase.ReadOnly or Phase.DiskFull) && route.StartsWith("POST ", StringComparison.Ordinal);
}
