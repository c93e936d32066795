namespace BoneInfo.FaultSuite;

/// <summary>A disk fault planned from <paramref name="Start"/> to <paramref name="End"/> seconds into the run.</summary>
public sealed record PlannedFault(Phase Kind, double Start, double End);

/// <summary>
/// When things happen: a kill -9 and restart every R seconds; before every restart but the first, a disk fault for
/// the last F seconds, read-only and full in turn (so the long run has restarts at 15, 30 and 45 s, read-only
/// 25-30 s and 55-60 s, and a full disk 40-45 s). A fault that would end the run still happens; the run's end stops it.
/// </summary>
public sealed record FaultPlan(IReadOnlyList<double> Restarts, IReadOnlyList<PlannedFault> Faults)
{
    public static FaultPlan For(SuiteOptions options)
    {
        var every = options.RestartEverySeconds;
        var length = Math.Min(options.FaultSeconds, every - 1);
        var restarts = new List<double>();
        var faults = new List<PlannedFault>();
        for (var k = 1; k * every <= options.Seconds; k++)
        {
            if (k * every < options.Seconds)
            {
                restarts.Add(k * every);
            }
            if (k >= 2 && length > 0)
            {
                faults.Add(new PlannedFault(k % 2 == 0 ? Phase.ReadOnly : Phase.DiskFull, k * every - length, k * every));
            }
        }
        return new FaultPlan(restarts, faults);
    }
}
