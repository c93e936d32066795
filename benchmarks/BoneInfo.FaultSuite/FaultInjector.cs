namespace BoneInfo.FaultSuite;

/// <summary>
/// Kills the app with SIGKILL and restarts it every R seconds of its uptime (R after the start of the run, then R
/// after it is healthy again, so a slow machine still gets R seconds of load between restarts). Before every
/// restart, a disk fault for its last F seconds: a full disk, then read-only, in turn. With the defaults (60 s, R 15,
/// F 5) that is a full disk 10-15 s, restart, read-only for 5 s before the second restart, a full disk again before
/// the third if the restarts were quick. A fault still in force when the run ends lasts to the end. If the app
/// dies by itself it is restarted at once. Every restart and fault window goes into the timeline.
/// </summary>
public sealed class FaultInjector(AppInstance app, IDatabase database, Timeline timeline, Action<string> log)
{
    private static readonly TimeSpan HealthLimit = TimeSpan.FromSeconds(60);
    private (Phase Kind, double Start)? _active;
    private int _failedStarts;

    public async Task RunAsync(SuiteOptions options, CancellationToken stop)
    {
        var length = Math.Min(options.FaultSeconds, options.RestartEverySeconds - 1);
        double nextKill = options.RestartEverySeconds;
        for (var k = 1; ; k++)
        {
            if (length > 0)
            {
                if (!await WaitUntilAsync(nextKill - length, stop))
                {
                    return;
                }
                await BeginAsync(k % 2 == 1 ? Phase.DiskFull : Phase.ReadOnly);
            }
            if (!await WaitUntilAsync(nextKill, stop))
            {
                return;
            }
            await EndFaultAsync();
            await RestartAsync("kill -9");
            nextKill = timeline.Now + options.RestartEverySeconds;
        }
    }

    /// <summary>After the load has stopped: stops the app for good and lifts any fault still in force.</summary>
    public async Task FinishAsync()
    {
        await app.KillAsync();
        if (_active is { Kind: Phase.ReadOnly })
        {
            await database.EndReadOnlyAsync();
        }
        else if (_active is { Kind: Phase.DiskFull })
        {
            await database.FreeDiskAsync();
        }
        Close();
    }

    private async Task BeginAsync(Phase kind)
    {
        if ((kind == Phase.ReadOnly ? database.ReadOnlyUnavailable : database.DiskFullUnavailable) is { } reason)
        {
            Say($"{Name(kind)} not injected: {reason}");
            return;
        }
        var start = timeline.Now; // the window opens before the fault is made: writes may fail while it is being made
        var how = "";
        if (kind == Phase.ReadOnly)
        {
            await database.BeginReadOnlyAsync();
        }
        else
        {
            how = $" ({await database.FillDiskAsync()})";
        }
        _active = (kind, start);
        Say($"{Name(kind)} begins{how}");
    }

    private async Task EndFaultAsync()
    {
        if (_active is { Kind: Phase.DiskFull })
        {
            await database.FreeDiskAsync();
            Close();
        }
        else if (_active is { Kind: Phase.ReadOnly } && !database.ReadOnlyLastsUntilRestart)
        {
            await database.EndReadOnlyAsync();
            Close();
        }
    }

    private async Task RestartAsync(string why)
    {
        var number = timeline.Restarts.Count + 1;
        var stoppedAt = timeline.Now;
        Say($"restart {number}: {why}");
        await app.KillAsync();
        if (_active is { Kind: Phase.ReadOnly })
        {
            Close(stoppedAt);
            await database.EndReadOnlyAsync(); // remounted read-write while the app is down
        }
        var startedAt = timeline.Now;
        app.Start();
        var healthy = await app.WaitHealthyAsync(HealthLimit);
        _failedStarts = healthy ? 0 : _failedStarts + 1;
        var restart = new Restart(number, why, stoppedAt, startedAt, startedAt + app.HealthyAfter?.TotalSeconds, app.ListeningAfter?.TotalSeconds);
        timeline.Add(restart);
        Say(healthy ? $"restart {number}: healthy {restart.RecoverySeconds:0.00} s after the start ({restart.GapSeconds:0.00} s without the app)"
            : $"restart {number}: not healthy within {HealthLimit.TotalSeconds:0} s");
    }

    /// <summary>Waits for a moment of the run, restarting the app if it dies meanwhile; false when the run ends first.</summary>
    private async Task<bool> WaitUntilAsync(double at, CancellationToken stop)
    {
        while (timeline.Now < at)
        {
            if (stop.IsCancellationRequested)
            {
                return false;
            }
            if (app.HasDied && _failedStarts < 3) // after three starts that never became healthy, stop trying
            {
                await RestartAsync($"exited by itself (exit code {app.ExitCode})");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp((at - timeline.Now) * 1000, 1, 50)), CancellationToken.None);
        }
        return !stop.IsCancellationRequested;
    }

    private void Close(double? at = null)
    {
        if (_active is { } active)
        {
            timeline.Add(new FaultWindow(active.Kind, active.Start, at ?? timeline.Now));
            Say($"{Name(active.Kind)} ends");
            _active = null;
        }
    }

    private void Say(string what) => log(timeline.Note(what));

    public static string Name(Phase kind) => kind switch
    {
        Phase.ReadOnly => "read-only database",
        Phase.DiskFull => "full disk",
        Phase.RestartGap => "restart gap",
        _ => "steady",
    };
}
