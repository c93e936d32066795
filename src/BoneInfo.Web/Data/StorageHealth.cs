namespace BoneInfo.Web.Data;

/// <summary>A write the database refused or could not take, and when it first happened.</summary>
public sealed record StorageProblem(StorageFault Fault, DateTime Since);

/// <summary>
/// The last storage fault this process met (recorded by <see cref="StorageFailureInterceptor"/>), until a write
/// succeeds again: /health reports it as degraded with its reason. Each change of state is logged once.
/// </summary>
public sealed class StorageHealth(TimeProvider clock, ILogger<StorageHealth> logger)
{
    private StorageProblem? _current;

    public StorageProblem? Current => Volatile.Read(ref _current);

    public void Failed(StorageFault fault)
    {
        if (Current?.Fault == fault)
        {
            return; // still the same problem: keep when it began
        }
        Volatile.Write(ref _current, new StorageProblem(fault, clock.GetUtcNow().UtcDateTime));
        logger.LogWarning("Database writes are failing: {Reason}. Readers are still served; editors are told their changes were not saved", fault.Reason);
    }

    /// <summary>A write committed: whatever was wrong is over.</summary>
    public void WriteSucceeded()
    {
        if (Interlocked.Exchange(ref _current, null) is { } previous)
        {
            logger.LogInformation("Database writes work again after {Reason} since {Since:u}", previous.Fault.Reason, previous.Since);
        }
    }

    /// <summary>The database answered a command: a lost connection is back (a refused write is not proven fixed by a read).</summary>
    public void Answered()
    {
        if (Current?.Fault.Kind == StorageFaultKind.Unreachable)
        {
            WriteSucceeded();
        }
    }
}
