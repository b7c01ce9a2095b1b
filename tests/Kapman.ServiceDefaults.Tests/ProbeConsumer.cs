using System.Collections.Concurrent;
using System.Diagnostics;
using Kapman.Contracts;
using MassTransit;

namespace Kapman.ServiceDefaults.Tests;

/// <summary>
/// Records the MessageId of every <see cref="RecommendationsGenerated"/> the bus delivers, in arrival order, and the trace
/// of the activity it was consumed in (MassTransit's consume span) by MessageId.
/// </summary>
public sealed class ProbeConsumer(ConcurrentQueue<Guid> received, ConcurrentDictionary<Guid, ActivityTraceId> traces) : IConsumer<RecommendationsGenerated>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<RecommendationsGenerated> context)
    {
        traces[context.MessageId!.Value] = Activity.Current?.TraceId ?? default;
        received.Enqueue(context.MessageId!.Value);
        return Task.CompletedTask;
    }
}
