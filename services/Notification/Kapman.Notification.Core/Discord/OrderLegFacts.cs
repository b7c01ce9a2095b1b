namespace Kapman.Notification.Core.Discord;

/// <summary>One leg of an order.</summary>
/// <param name="Side"><c>BUY</c> or <c>SELL</c>.</param>
/// <param name="OccSymbol">OCC symbol without padding, e.g. <c>SPY251024C00650000</c>: root, yymmdd, C/P, strike × 1000 in 8 digits (seed 003 Appendix A).</param>
/// <param name="PositionEffect"><c>OPEN</c> or <c>CLOSE</c>.</param>
public sealed record OrderLegFacts(string Side, string OccSymbol, string PositionEffect)
{
    /// <summary><c>call</c> or <c>put</c>, read from the symbol's ninth character from the end; <c>option</c> if the symbol is malformed.</summary>
    public string Right => OccSymbol.Length >= 15 ? OccSymbol[^9] switch { 'C' => "call", 'P' => "put", _ => "option" } : "option";
}
