namespace Kapman.Execution.Orders;

/// <summary>
/// Serialises the order worker's ticks and reconciliation, so that reconciliation never compares the book with the broker while a rung is
/// between the broker's answer and its storing; and tells reconciliation when the worker has resumed the orders after a start.
/// </summary>
public sealed class ExecutionGate : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TaskCompletionSource resumed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes after the worker's first tick (the resumption of the stored orders).</summary>
    public Task Resumed => resumed.Task;

    /// <summary>Waits for the gate.</summary>
    public Task EnterAsync(CancellationToken ct) => gate.WaitAsync(ct);

    /// <summary>Releases the gate.</summary>
    public void Exit() => gate.Release();

    /// <summary>Marks the stored orders resumed.</summary>
    public void MarkResumed() => resumed.TrySetResult();

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();
}
