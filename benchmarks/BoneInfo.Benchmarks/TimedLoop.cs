using System.Diagnostics;

namespace BoneInfo.Benchmarks;

/// <summary>How many rounds of the query mix to time: all of them unless that would take longer than the budget.</summary>
public sealed record RunPlan(int Rounds, TimeSpan Budget, int MinimumRounds = 5)
{
    public static RunPlan Default { get; } = new(Rounds: 50, Budget: TimeSpan.FromMinutes(4));

    public int RoundsFor(TimeSpan oneRound)
    {
        var fit = (int)(Budget.TotalMilliseconds / Math.Max(oneRound.TotalMilliseconds, 1));
        return Math.Clamp(fit, Math.Min(MinimumRounds, Rounds), Rounds);
    }
}

/// <summary>Times one search call at a time with a Stopwatch: a cold first call, warm-up rounds, then the timed rounds.</summary>
public static class TimedLoop
{
    public static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(5);

    /// <param name="search">Runs one query; returns false if the search failed (counted as an error, still timed).</param>
    /// <param name="plan">How many rounds to time.</param>
    /// <param name="progress">Receives one line about the cold call and the warm-up.</param>
    public static async Task<RunResult> MeasureAsync(Func<string, Task<bool>> search, RunPlan plan, Action<string> progress)
    {
        var errors = 0;
        async Task<double> TimeAsync(string query)
        {
            var started = Stopwatch.GetTimestamp();
            var ok = await search(query);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            errors += ok ? 0 : 1;
            return elapsed;
        }

        await SystemLoad.WaitForQuietAsync(progress);
        var coldMs = await TimeAsync(QueryMix.All[0].Text);
        var warmUp = Stopwatch.StartNew();
        foreach (var query in QueryMix.All)
        {
            await TimeAsync(query.Text);
        }
        var oneRound = warmUp.Elapsed;
        var rounds = plan.RoundsFor(oneRound);
        // Keep warming up for a few seconds: .NET compiles hot methods again, optimised, in the background, and
        // the first size measured would otherwise time the JIT (about twice as slow as the sizes after it).
        var warmUpRounds = 1;
        for (; warmUp.Elapsed < WarmUpTime; warmUpRounds++)
        {
            foreach (var query in QueryMix.All)
            {
                await TimeAsync(query.Text);
            }
        }
        progress($"cold {coldMs:0.0} ms; warm-up round {oneRound.TotalMilliseconds:0} ms ({warmUpRounds} rounds); timing {rounds} rounds x {QueryMix.All.Count} queries");
        errors = 0; // only the timed calls count
        var loadAtStart = SystemLoad.Current();
        var samples = new List<(string, double)>(rounds * QueryMix.All.Count);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in QueryMix.All)
            {
                samples.Add((query.Text, await TimeAsync(query.Text)));
            }
        }
        return RunResult.From(coldMs, samples, errors, loadAtStart);
    }
}
