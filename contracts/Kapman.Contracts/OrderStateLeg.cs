namespace Kapman.Contracts;

/// <summary>One leg of an order in <see cref="OrderStateChanged"/>.</summary>
/// <param name="OccSymbol">OCC symbol without padding.</param>
/// <param name="Side"><c>BUY</c> or <c>SELL</c>.</param>
/// <param name="Quantity">Contracts of this leg for the whole order.</param>
/// <param name="PositionEffect"><c>OPEN</c> or <c>CLOSE</c>.</param>
public sealed record OrderStateLeg(string OccSymbol, string Side, int Quantity, string PositionEffect);
