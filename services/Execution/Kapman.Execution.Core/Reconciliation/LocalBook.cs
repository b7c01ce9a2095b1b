using Kapman.Execution.Core.Positions;

namespace Kapman.Execution.Core.Reconciliation;

/// <summary>What the service believes.</summary>
/// <param name="Orders">Local orders (active and recent terminal ones).</param>
/// <param name="Positions">Holdings per group and symbol.</param>
/// <param name="KnownExecutionIds">Executions already applied.</param>
public sealed record LocalBook(IReadOnlyList<LocalOrder> Orders, IReadOnlyList<Position> Positions, IReadOnlySet<string> KnownExecutionIds);
