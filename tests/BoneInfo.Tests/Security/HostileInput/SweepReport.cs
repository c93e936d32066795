using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace BoneInfo.Tests.Security.HostileInput;

/// <summary>
/// What a sweep sent to each parameter and what came back: counts by status class, and every failure (a 5xx,
/// markup or a header from the input, an open redirect, text the editor lost). Printed as a table at the end.
/// </summary>
public sealed class SweepReport
{
    private sealed class Counts
    {
        public int Sent;
        public int Failed;
        public long Ticks;

        /// <summary>2xx (and below), 3xx, 4xx, 5xx.</summary>
        public readonly int[] ByClass = new int[4];
    }

    private readonly ConcurrentDictionary<string, Counts> _counts = new();
    private readonly ConcurrentQueue<string> _failures = new();

    public int Sent => _counts.Values.Sum(c => c.Sent);

    /// <summary>Counts the response and checks it: no 5xx, nothing from the input as markup, plus <paramref name="alsoWrong"/>.</summary>
    public void Record(string parameter, HostileString input, RawResponse response, params string[] alsoWrong) =>
        Record([parameter], input, response, alsoWrong);

    /// <summary>The same for one request that carried the string in several parameters: each is counted, a failure listed once.</summary>
    public void Record(IReadOnlyList<string> parameters, HostileString input, RawResponse response, params string[] alsoWrong)
    {
        var problems = MarkupReflection.Problems(response.ContentType, response.Body, response.Headers).Concat(alsoWrong).ToList();
        if (response.Status >= 500)
        {
            problems.Insert(0, "server error");
        }
        foreach (var parameter in parameters)
        {
            var counts = _counts.GetOrAdd(parameter, _ => new Counts());
            Interlocked.Increment(ref counts.Sent);
            Interlocked.Add(ref counts.Ticks, response.Elapsed.Ticks / parameters.Count);
            Interlocked.Increment(ref counts.ByClass[Math.Clamp(response.Status / 100 - 2, 0, 3)]);
            if (problems.Count > 0)
            {
                Interlocked.Increment(ref counts.Failed);
            }
        }
        if (problems.Count > 0)
        {
            var named = parameters.Count == 1 ? parameters[0] : $"{parameters[0]} (+{parameters.Count - 1} more)";
            _failures.Enqueue($"{named} ← {input.Label}: {response.Status}: {string.Join("; ", problems)}");
        }
    }

    /// <summary>One request that carried many strings (in one parameter each): each is counted, a failure listed once.</summary>
    public void RecordBatch(string parameter, IReadOnlyList<HostileString> inputs, RawResponse response)
    {
        for (var i = 1; i < inputs.Count; i++)
        {
            var counts = _counts.GetOrAdd(parameter, _ => new Counts());
            Interlocked.Increment(ref counts.Sent);
            Interlocked.Increment(ref counts.ByClass[Math.Clamp(response.Status / 100 - 2, 0, 3)]);
        }
        Record(parameter, inputs[0], response);
    }

    /// <summary>No server error and nothing from the input as markup.</summary>
    public static bool IsClean(RawResponse response) =>
        response.Status < 500 && MarkupReflection.Problems(response.ContentType, response.Body, response.Headers).Count == 0;

    /// <summary>A request that could not be made or read at all (the server threw through the test host).</summary>
    public void RecordException(string parameter, HostileString input, Exception exception)
    {
        var counts = _counts.GetOrAdd(parameter, _ => new Counts());
        Interlocked.Increment(ref counts.Sent);
        Interlocked.Increment(ref counts.Failed);
        _failures.Enqueue($"{parameter} ← {input.Label}: {exception.GetType().Name}: {exception.Message}");
    }

    /// <summary>How many responses to <paramref name="parameter"/> had a status of the class (2 for 2xx …).</summary>
    public int Count(string parameter, int statusClass) =>
        _counts.TryGetValue(parameter, out var counts) ? counts.ByClass[Math.Clamp(statusClass - 2, 0, 3)] : 0;

    public string Table()
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"parameter",-70} {"sent",6} {"2xx",6} {"3xx",6} {"4xx",6} {"5xx",6} {"failed",6} {"seconds",8}");
        foreach (var (parameter, c) in _counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"{parameter,-70} {c.Sent,6} {c.ByClass[0],6} {c.ByClass[1],6} {c.ByClass[2],6} {c.ByClass[3],6} {c.Failed,6} {TimeSpan.FromTicks(c.Ticks).TotalSeconds,8:F1}");
        }
        table.AppendLine(CultureInfo.InvariantCulture, $"{_counts.Count} parameters, {Sent} requests, {_failures.Count} failures");
        return table.ToString();
    }

    /// <summary>Prints the table (and the first failures), then fails the test if anything failed.</summary>
    public void AssertClean(ITestOutputHelper output)
    {
        output.WriteLine(Table());
        var failures = _failures.Order(StringComparer.Ordinal).ToList();
        foreach (var failure in failures.Take(200))
        {
            output.WriteLine(failure);
        }
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n{string.Join('\n', failures.Take(40))}");
    }

    /// <summary>How many requests a sweep has in flight at once.</summary>
    public const int Workers = 4;

    /// <summary>Runs <paramref name="send"/> for each item, a few at a time, turning exceptions into failures.</summary>
    public async Task RunAsync<T>(IEnumerable<T> items, Func<T, string> parameter, Func<T, HostileString> input, Func<T, Task> send)
    {
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = Workers }, async (item, _) =>
        {
            try
            {
                await send(item);
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                RecordException(parameter(item), input(item), ex);
            }
        });
    }
}
