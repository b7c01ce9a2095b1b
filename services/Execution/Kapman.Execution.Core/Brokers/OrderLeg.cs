namespace Kapman.Execution.Core.Brokers;

/// <summary>One option leg of an order request.</summary>
/// <param name="OccSymbol">The contract as a Kapman OCC symbol without padding, e.g. <c>SPY250919C00600000</c> (docs/domain/execution.md#occ-symbols, seed 003 Appendix A); the adapter converts it to the broker's format.</param>
/// <param name="Side">Buy or sell, to open or to close.</param>
/// <param name="Quantity">Contracts, at least 1.</param>
public sealed record OrderLeg(string OccSymbol, OrderLegSide Side, int Quantity);
