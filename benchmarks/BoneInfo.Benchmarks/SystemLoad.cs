using System.Globalization;

namespace BoneInfo.Benchmarks;

/// <summary>
/// The 1-minute load average (/proc/loadavg). The benchmark waits for a quiet machine before each timed run and
/// records the load at its start and end, since other work on the same cores shows up directly in the latencies.
/// </summary>
public static class SystemLoad
{
    private const double Quiet = 1.0;
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(3);

    /// <summary>False with <c>--no-wait</c>: start at once whatever the load (the load is still recorded).</summary>
    public static bool WaitEnabled { get; set; } = true;

    public static double Current()
    {
        var text = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg") : "";
        return double.TryParse(text.Split(' ')[0], CultureInfo.InvariantCulture, out var load) ? load : double.NaN;
    }

    /// <summary>Waits (at most 3 minutes) until the 1-minute load average is at most 1.0.</summary>
    public static async Task WaitForQuietAsync(Action<string> log)
    {
        var waited = TimeSpan.Zero;
        var step = TimeSpan.FromSeconds(15);
        while (WaitEnabled && Current() > Quiet && waited < MaxWait)
        {
            if (waited == TimeSpan.Zero)
            {
                log($"waiting for the machine to be quiet (load average {Current():0.00})");
            }
            await Task.Delay(step);
            waited += step;
        }
        if (waited > TimeSpan.Zero)
        {
            log($"waited {waited.TotalSeconds:0} s; load average now {Current():0.00}");
        }
    }
}
