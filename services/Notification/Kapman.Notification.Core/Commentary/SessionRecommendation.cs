namespace Kapman.Notification.Core.Commentary;

/// <summary>A recommendation of the session's run (from <c>RecommendationsGenerated</c>, with strikes from <c>RecommendationIssued</c>).</summary>
/// <param name="Ticker">The underlying.</param>
/// <param name="Status">ISSUED or NO_TRADE.</param>
/// <param name="Strategy">Strategy code, or null.</param>
/// <param name="Direction">LONG, SHORT or NEUTRAL, or null.</param>
/// <param name="OccSymbols">The legs' OCC symbols (strike and expiry are read from them), possibly empty.</param>
/// <param name="Confidence">Calibrated confidence 0-1.</param>
/// <param name="NoTradeReason">Why there is no trade, or null.</param>
/// <param name="NoEdge">True when the signal showed no edge out of sample: the confidence is its base rate (facts stored before it: false).</param>
public sealed record SessionRecommendation(
    string Ticker, string Status, string? Strategy, string? Direction, IReadOnlyList<string> OccSymbols, double Confidence, string? NoTradeReason,
    bool NoEdge = false);
