namespace Kapman.Contracts;

/// <summary>One leg of a <see cref="RecommendationIssued"/> (version 2).</summary>
/// <param name="OccSymbol">OCC symbol without padding, e.g. <c>SPY251024C00650000</c> (docs/domain/execution.md#occ-symbols, seed 003 Appendix A).</param>
/// <param name="Side"><c>BUY</c> or <c>SELL</c>; the position effect is open (a recommendation enters).</param>
/// <param name="Ratio">Contracts of this leg per combo unit (1 for singles and verticals).</param>
/// <param name="LimitPrice">The leg's recommended price: its mid (bid + ask) / 2 in the stored chain, $ per share.</param>
/// <param name="Expiration">The contract's expiry.</param>
/// <param name="Strike">Strike, $ per share.</param>
/// <param name="Right"><c>call</c> or <c>put</c>.</param>
public sealed record RecommendedLeg(string OccSymbol, string Side, int Ratio, double LimitPrice, DateOnly Expiration, double Strike, string Right);
