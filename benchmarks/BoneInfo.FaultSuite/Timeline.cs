using System.Diagnostics;

namespace BoneInfo.FaultSuite;

/// <summary>What was going on at a moment of the run, as far as the app's answers are concerned.</summary>
public enum Phase
{
    Steady,

    /// <summary>From the kill -9 (or a crash) until /health answers 200 again.</summary>
    RestartGap,

    /// <summary>The database's file system is read-only.</summary>
    ReadOnly,

    /// <summary>The database's file system has no free space.</summary>
    DiskFull,
}

/// <summary>One restart: killed (or found dead), started again, healthy again. Times are seconds since the run began.</summary>
public sealed record Restart(int Number, string Why, double StoppedAt, double StartedAt, double? HealthyAt, double? ListeningSeconds)
{
    /// <summary>From the new process's start to its first 200 on /health.</summary>
    public double? RecoverySeconds => HealthyAt - StartedAt;

    /// <summary>The whole time the app did not answer: kill to healthy.</summary>
    public double? GapSeconds => HealthyAt - StoppedAt;
}

/// <summary>A disk fault in force from <paramref name="Start"/> to <paramref name="End"/>.</summary>
public sealed record FaultWindow(Phase Kind, double Start, double End);

/// <summary>The run's clock and its restarts and fault windows; tells the phase of any request afterwards.</summary>
public sealed class Timeline
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<Restart> _restarts = [];
    private readonly List<FaultWindow> _windows = [];
    private readonly List<string> _events = [];

    /// <summary>Seconds since the run began.</summary>
    public double Now => _clock.Elapsed.TotalSeconds;

    public IReadOnlyList<Restart> Restarts { get { lock (_restarts) { return [.. _restarts]; } } }
    public IReadOnlyList<FaultWindow> Windows { get { lock (_windows) { return [.. _windows]; } } }
    public IReadOnlyList<string> Events { get { lock (_events) { return [.. _events]; } } }

    public void Add(Restart restart)
    {
        lock (_restarts)
        {
            _restarts.Add(restart);
        }
    }

    public void Add(FaultWindow window)
    {
        lock (_windows)
        {
            _windows.Add(window);
        }
    }

    /// <summary>A line for the report's log of the run, stamped with the time.</summary>
    public string Note(string what)
    {
        var line = $"{Now,6:0.00} s  {what}";
        lock (_events)
        {
            _events.Add(line);
        }
        return line;
    }

    /// <summary>
    /// The phase of a request sent at <paramref name="start"/> and answered (or failed) at <paramref name="end"/>:
    /// a restart gap if the two overlap at all, else the fault window it overlaps, else steady.
    /// </summary>
    public Phase PhaseOf(double start, double end) => PhaseOf(Restarts, Windows, start, end);

    public static Phase PhaseOf(IReadOnlyList<Restart> restarts, IReadOnlyList<FaultWindow> windows, double start, double end) =>
        restarts.Any(r => start <= (r.HealthyAt ?? double.MaxValue) && end >= r.StoppedAt) ? Phase.RestartGap
        : windows.FirstOrDefault(w => start <= w.End && end >= w.Start)?.Kind ?? Phase.Steady;
}
