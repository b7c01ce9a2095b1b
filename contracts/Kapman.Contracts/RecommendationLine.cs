namespace Kapman.Contracts;

/// <summary>One stored recommendation of a run as <see cref="RecommendationsGenerated"/> carries it (the columns the summary email lists).</summary>
/// <param name="Ticker">The underlying, e.g. <c>SPY</c>.</param>
/// <param name="Status"><c>ISSUED</c> or <c>NO_TRADE</c>.</param>
/// <param name="Strategy">LONG_CALL, LONG_PUT, CSP or VERTICAL_SPREAD; null without a plan.</param>
/// <param name="Direction">LONG, SHORT or NEUTRAL, or null.</param>
/// <param name="Action">BUY, SELL, HOLD or HEDGE, or null.</param>
/// <param name="OccSymbol">The first leg's OCC symbol, or null.</param>
/// <param name="Confidence">Calibrated confidence 0-1 (0 for a plain no-trade).</param>
/// <param name="NoTradeReason">Why there is no trade, or null.</param>
/// <param name="NoEdge">True when the signal showed no edge in the walk-forward calibration (issue 21): <paramref name="Confidence"/> is
/// then the signal's base rate and every place that shows it says "no edge". Absent (false) in events published before it existed.</param>
public sealed record RecommendationLine(
    string Ticker, string Status, string? Strategy, string? Direction, string? Action, string? OccSymbol, double Confidence, string? NoTradeReason,
    bool NoEdge = false);
