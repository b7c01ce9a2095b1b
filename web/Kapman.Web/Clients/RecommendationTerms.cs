namespace Kapman.Web.Clients;

/// <summary>
/// The recommendation row of <c>GET /recommendations/{id}</c> (recommendation API), the fields the detail page shows.
/// Prices in USD per share; max profit and loss in USD per contract (max profit null when unbounded); confidence 0-1.
/// </summary>
/// <param name="Id">Recommendation id.</param>
/// <param name="Ticker">Underlying.</param>
/// <param name="SessionDate">Session.</param>
/// <param name="Status">ISSUED or NO_TRADE.</param>
/// <param name="Strategy">Strategy name.</param>
/// <param name="Direction">BULLISH or BEARISH.</param>
/// <param name="Phase">Wyckoff phase the writer assumed.</param>
/// <param name="Signal">Wyckoff signal behind it.</param>
/// <param name="Confidence">Confidence, 0-1.</param>
/// <param name="Justification">The justification text.</param>
/// <param name="Writer">Who wrote the justification (e.g. the template or a model).</param>
/// <param name="JustificationModel">Model that wrote it, null for the template.</param>
/// <param name="JustificationFallback">Why the template was used instead of a model, null otherwise.</param>
/// <param name="NoTradeReason">Reason for NO_TRADE.</param>
/// <param name="NetPremium">Net premium per share (positive: paid).</param>
/// <param name="MaxProfit">Max profit per contract, null when unbounded.</param>
/// <param name="MaxLoss">Max loss per contract.</param>
/// <param name="Breakeven">Underlying price at expiry where the position breaks even.</param>
/// <param name="RewardToRisk">Reward over risk.</param>
/// <param name="UnderlyingEntry">Underlying entry level.</param>
/// <param name="UnderlyingStop">Underlying stop level.</param>
/// <param name="UnderlyingTarget">Underlying target level.</param>
/// <param name="NoEdge">True when the signal showed no edge in the walk-forward calibration: the confidence is its base rate.</param>
/// <param name="CalibrationVersion">The calibration parameter set the confidence came from.</param>
public sealed record RecommendationTerms(
    Guid Id, string Ticker, DateOnly SessionDate, string Status, string? Strategy, string? Direction, string? Phase, string? Signal,
    double Confidence, string Justification, string? Writer, string? JustificationModel, string? JustificationFallback, string? NoTradeReason,
    double? NetPremium, double? MaxProfit, double? MaxLoss, double? Breakeven, double? RewardToRisk,
    double? UnderlyingEntry, double? UnderlyingStop, double? UnderlyingTarget, bool NoEdge = false, string? CalibrationVersion = null);
