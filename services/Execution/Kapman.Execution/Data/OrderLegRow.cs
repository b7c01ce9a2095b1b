namespace Kapman.Execution.Data;

/// <summary>A row of <c>order_legs</c>: <paramref name="Ratio"/> contracts per combo unit.</summary>
/// <param name="Side"><c>BUY</c> or <c>SELL</c>.</param>
/// <param name="PositionEffect"><c>OPEN</c> or <c>CLOSE</c>.</param>
public sealed record OrderLegRow(string OccSymbol, string Side, int Ratio, string PositionEffect);
