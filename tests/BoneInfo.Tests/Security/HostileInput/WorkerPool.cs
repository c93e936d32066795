using System.Threading.Channels;

namespace BoneInfo.Tests.Security.HostileInput;

/// <summary>
/// Things one sweep worker uses at a time (an article, an account): its requests never race another worker's on
/// the same version, and a change it sees is its own.
/// </summary>
public sealed class WorkerPool<T>
{
    private readonly Channel<T> _free = Channel.CreateUnbounded<T>();

    public WorkerPool(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            _free.Writer.TryWrite(item);
        }
    }

    public async Task UseAsync(Func<T, Task> work)
    {
        var item = await _free.Reader.ReadAsync();
        try
        {
            await work(item);
        }
        finally
        {
            _free.Writer.TryWrite(item);
        }
    }
}

public static class WorkerPool
{
    /// <summary>One of each for the sweep's parallel workers, made one after the other.</summary>
    public static async Task<WorkerPool<T>> CreateAsync<T>(Func<int, Task<T>> make)
    {
        var items = new List<T>();
        for (var i = 0; i < SweepReport.Workers; i++)
        {
            items.Add(await make(i));
        }
        return new WorkerPool<T>(items);
    }
}
