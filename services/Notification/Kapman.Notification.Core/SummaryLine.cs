namespace Kapman.Notification.Core;

/// <summary>One recommendation of the session as listed in the summary email (confidence 0-1).</summary>
/// <param name="Ticker">Underlying.</param>
/// <param name="Status">"ISSUED" or "NO_TRADE".</param>
/// <param name="Strategy">LONG_CALL, LONG_PUT, CSP or VERTICAL_SPREAD; null for a no-trade.</param>
/// <param name="Direction">LONG, SHORT or NEUTRAL, or null.</param>
/// <param name="Action">BUY, SELL, HOLD or HEDGE, or null.</param>
/// <param name="OccSymbol">The first leg's OCC symbol, or null.</param>
/// <param name="Confidence">0-1.</param>
/// <param name="NoTradeReason">Why there is no trade, or null.</param>
/// <param name="NoEdge">True when the signal showed no edge out of sample: the confidence is its base rate, and the email says so.</param>
public sealed record SummaryLine(
    string Ticker, string Status, string? Strategy, string? Direction, string? Action, string? OccSymbol, double Confidence, string? NoTradeReason,
    bool NoEdge = false)
{
    /// <summary>The confidence as the email shows it: <c>0.55</c>, or <c>0.55 (no edge: the signal's base rate)</c>.</summary>
    public string ConfidenceText => Core.ConfidenceText.Of(Confidence, NoEdge);
}
