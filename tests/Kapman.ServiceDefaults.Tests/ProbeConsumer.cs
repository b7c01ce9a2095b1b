using System.Collections.Concurrent;
using Kapman.Contracts;
using MassTransit;

namespace Kapman.ServiceDefaults.Tests;

/// <summary>Records the MessageId of every <see cref="RecommendationsGenerated"/> the bus delivers, in arrival order.</summary>
public sealed class ProbeConsumer(ConcurrentQueue<Guid> received) : IConsumer<RecommendationsGenerated>
{
    /// <inheritdoc />
    public Task Consume(ConsumeContext<RecommendationsGenerated> context)
    {
        received.Enqueue(context.MessageId!.Value);
        return Task.CompletedTask;
    }
}
