using System.Diagnostics;
using System.Runtime;

namespace BoneInfo.Web.Hosting;

/// <summary>
/// Where start-up time goes, for the log: the process's age and CPU time when the host was built (runtime start,
/// configuration, services), then each stage of preparing the database, as wall time and as the CPU time the whole
/// process used meanwhile (on a busy machine the wall time mostly measures the wait for a core).
/// </summary>
public sealed class StartupStages
{
    private readonly List<string> _stages;
    private long _started = Stopwatch.GetTimestamp();
    private TimeSpan _cpu = ProcessCpu();
    private TimeSpan _jit = JitInfo.GetCompilationTime();

    public StartupStages() => _stages = [$"host built {ProcessAge().TotalMilliseconds:0} ms after the process started (CPU {_cpu.TotalMilliseconds:0} ms, JIT {_jit.TotalMilliseconds:0} ms)"];

    public void Done(string stage)
    {
        var (cpu, jit) = (ProcessCpu(), JitInfo.GetCompilationTime());
        _stages.Add($"{stage} {Stopwatch.GetElapsedTime(_started).TotalMilliseconds:0} ms (CPU {(cpu - _cpu).TotalMilliseconds:0} ms, JIT {(jit - _jit).TotalMilliseconds:0} ms)");
        (_started, _cpu, _jit) = (Stopwatch.GetTimestamp(), cpu, jit);
    }

    public override string ToString() => string.Join(", ", _stages);

    public static TimeSpan ProcessAge()
    {
        using var process = Process.GetCurrentProcess();
        return DateTime.Now - process.StartTime;
    }

    public static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
