using System.Globalization;
using static System.FormattableString;

namespace BoneInfo.FaultSuite;

/// <summary>One target of the suite and whether the run met it.</summary>
public sealed record Target(string Name, string Figure, bool Met);

/// <summary>Everything a run found, the targets, and the one-line summary.</summary>
public sealed record SuiteResult(
    SuiteOptions Options,
    string Database,
    IReadOnlyList<string> Notes,
    DateTime StartedUtc,
    (double Start, double Max, double End) Load,
    TrafficFigures Traffic,
    SaveFigures Saves,
    PublishFigures Publishes,
    IReadOnlyList<Restart> Restarts,
    IReadOnlyList<FaultWindow> Windows,
    IReadOnlyList<HealthSample> Health,
    IReadOnlyList<string> Events,
    string Integrity,
    string IndexCheck)
{
    public const double RecoveryTargetSeconds = 2.0;

    public double? RecoveryMax => Recoveries.Count == 0 ? null : Recoveries.Max();
    public double? RecoveryMedian => Recoveries.Count == 0 ? null
        : (Recoveries.Order().ElementAt((Recoveries.Count - 1) / 2) + Recoveries.Order().ElementAt(Recoveries.Count / 2)) / 2;
    private List<double> Recoveries => Restarts.Select(r => r.RecoverySeconds ?? double.PositiveInfinity).ToList();

    public IReadOnlyList<Target> Targets =>
    [
        new("0 server errors (5xx) outside restart gaps", Count(Traffic.ServerErrorsOutsideGaps), Traffic.ServerErrorsOutsideGaps == 0),
        new("0 acknowledged saves lost", $"{Count(Saves.Lost.Count)} of {Count(Saves.Acknowledged)}", Saves.Lost.Count == 0),
        new("0 acknowledged publishes lost", $"{Count(Publishes.AcknowledgedNotPublished.Count)} of {Count(Publishes.Acknowledged)}", Publishes.AcknowledgedNotPublished.Count == 0),
        new("0 double publishes", Count(Publishes.Repeated.Count), Publishes.Repeated.Count == 0),
        new($"recovery to healthy ≤ {RecoveryTargetSeconds:0} s after each restart", RecoveryMax is { } max ? Seconds(max) + " (max)" : "no restart", RecoveryMax is null or <= RecoveryTargetSeconds),
    ];

    public bool TargetsMet => Targets.All(t => t.Met);

    public string Summary => string.Join(", ",
        Invariant($"fault suite ({Options.Seconds} s, {Options.Readers} readers, {Options.Editors} editors, {Database}): {Traffic.Answered:N0} requests served"),
        Invariant($"5xx {Traffic.ServerErrorsOutsideGaps} outside restart gaps ({Traffic.ServerErrorsInGaps} in gaps, {Traffic.ExcusedServerErrors} excused)"),
        Invariant($"saves {Saves.Found}/{Saves.Acknowledged} acknowledged found"),
        Invariant($"publishes {Publishes.Acknowledged} acknowledged, {Publishes.Repeated.Count} double"),
        Invariant($"{Restarts.Count} restarts, recovery max {Optional(RecoveryMax)} median {Optional(RecoveryMedian)}"),
        Invariant($"load {Load.Max:0.0} max: ")) +
        (TargetsMet ? "targets met" : "MISSED: " + string.Join("; ", Targets.Where(t => !t.Met).Select(t => $"{t.Name} ({t.Figure})")));

    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Seconds(double s) => double.IsInfinity(s) ? "never" : s.ToString("0.00 s", CultureInfo.InvariantCulture);

    private static string Optional(double? s) => s is { } value ? Seconds(value) : "n/a";
}
