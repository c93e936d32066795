namespace BoneInfo.Benchmarks;

/// <summary>Everything measured for one library size.</summary>
public sealed record SizeResult(
    int Synthetic,
    int Articles,
    long MeanBodyWords,
    TimeSpan LoadTime,
    TimeSpan IndexBuildTime,
    long DatabaseBytes,
    RunResult InProcess,
    RunResult Http,
    IReadOnlyDictionary<string, string> TopResults,
    TimeSpan TotalTime)
{
    /// <summary>The search targets: p95 at most 5 ms at 1 000 articles and 25 ms at 100 000; none for other sizes.</summary>
    public double? TargetP95Ms => Synthetic switch
    {
        1_000 => 5,
        100_000 => 25,
        _ => null,
    };
}
