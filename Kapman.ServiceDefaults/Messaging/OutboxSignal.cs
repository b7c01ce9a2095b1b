namespace Kapman.ServiceDefaults.Messaging;

/// <summary>Wakes the <see cref="OutboxRelay"/> after a commit that wrote events, instead of waiting for its next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim semaphore = new(0, 1);

    /// <summary>Signals that new outbox rows exist.</summary>
    public void Notify()
    {
        if (semaphore.CurrentCount == 0)
        {
            try
            {
                semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit already woke the relay.
            }
        }
    }

    /// <summary>Waits for a signal or the poll interval, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan pollInterval, CancellationToken ct) => semaphore.WaitAsync(pollInterval, ct);

    /// <inheritdoc />
    public void Dispose() => semaphore.Dispose();
}
