namespace BoneInfo.Benchmarks;

/// <summary>Latency summary of a set of timed calls, in milliseconds (nearest-rank percentiles).</summary>
public sealed record Percentiles(int Count, double Mean, double P50, double P95, double P99, double Max)
{
    public static Percentiles Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new Percentiles(0, 0, 0, 0, 0, 0);
        }
        var sorted = milliseconds.Order().ToArray();
        return new Percentiles(sorted.Length, sorted.Average(), Rank(sorted, 50), Rank(sorted, 95), Rank(sorted, 99), sorted[^1]);
    }

    /// <summary>The smallest value with at least <paramref name="percent"/>% of the values at or below it.</summary>
    public static double Rank(double[] sorted, double percent)
    {
        var index = (int)Math.Ceiling(percent / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}

/// <summary>
/// What one run (in-process or HTTP) measured: the cold first call, every warm call, each query's own calls, and the
/// machine's load average when the timed calls started and ended.
/// </summary>
public sealed record RunResult(
    double ColdMs, Percentiles Warm, IReadOnlyDictionary<string, Percentiles> ByQuery, int Errors, double LoadAtStart, double LoadAtEnd)
{
    public static RunResult From(double coldMs, IReadOnlyList<(string Query, double Ms)> samples, int errors, double loadAtStart) => new(
        coldMs,
        Percentiles.Of(samples.Select(s => s.Ms).ToList()),
        samples.GroupBy(s => s.Query).ToDictionary(g => g.Key, g => Percentiles.Of(g.Select(s => s.Ms).ToList())),
        errors,
        loadAtStart,
        SystemLoad.Current());
}
