namespace Kapman.Execution.Core.Brokers;

/// <summary>A closed position with its realised result (Tradier <c>GET /v1/accounts/{id}/gainloss</c>).</summary>
/// <param name="Symbol">An OCC symbol without padding for an option, else the equity ticker.</param>
/// <param name="Quantity">Contracts or shares closed.</param>
/// <param name="Cost">Total paid to open (long) or to close (short), in $.</param>
/// <param name="Proceeds">Total received, in $.</param>
/// <param name="GainLoss">Proceeds − cost, in $.</param>
/// <param name="OpenedAt">When the position was opened.</param>
/// <param name="ClosedAt">When it was closed.</param>
public sealed record ClosedPosition(string Symbol, decimal Quantity, decimal Cost, decimal Proceeds, decimal GainLoss, DateTimeOffset OpenedAt, DateTimeOffset ClosedAt);
