namespace Kapman.Execution.Data;

/// <summary>
/// A row of <c>walk_steps</c>: one rung of the walking limit. <see cref="ClientTag"/> is stored before the broker is called;
/// <see cref="BrokerOrderId"/> once it answered. Status SENDING, PLACED, NO_FILL, FILLED, PARTIALLY_FILLED, REJECTED, EXPIRED,
/// CANCELLED or TIMED_OUT.
/// </summary>
public sealed class WalkStepRow
{
    public Guid OrderId { get; init; }

    public int Step { get; init; }

    /// <summary>The limit, $ per share.</summary>
    public decimal Price { get; init; }

    public string ClientTag { get; init; } = "";

    public string? BrokerOrderId { get; init; }

    public string Status { get; init; } = "";

    public string? Outcome { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? PlacedAt { get; init; }

    public DateTime? EndedAt { get; init; }
}
