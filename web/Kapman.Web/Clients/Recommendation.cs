namespace Kapman.Web.Clients;

/// <summary>
/// A recommendation or a no-trade decision (recommendation API <c>GET /recommendations?session=D</c>).
/// Only the fields the UI shows are bound; the API sends more (e.g. modelVersion).
/// </summary>
/// <param name="Id">Recommendation id (links to its detail page).</param>
/// <param name="Ticker">Underlying ticker.</param>
/// <param name="SessionDate">Session the recommendation was made for.</param>
/// <param name="Status">ISSUED or NO_TRADE.</param>
/// <param name="Strategy">Strategy name, null for NO_TRADE.</param>
/// <param name="Direction">BULLISH or BEARISH, null for NO_TRADE.</param>
/// <param name="OccSymbol">OCC symbol of the listed contract, null for NO_TRADE.</param>
/// <param name="Expiration">Contract expiration date.</param>
/// <param name="Strike">Strike price in USD.</param>
/// <param name="Delta">Contract delta (-1..1).</param>
/// <param name="Dte">Calendar days to expiration.</param>
/// <param name="Confidence">Confidence as the service reports it.</param>
/// <param name="Justification">Why the recommendation was made.</param>
/// <param name="NoTradeReason">Why no trade was made, for NO_TRADE.</param>
/// <param name="NoEdge">True when the signal showed no edge in the walk-forward calibration: the confidence is its base rate.</param>
public sealed record Recommendation(
    Guid Id,
    string Ticker,
    DateOnly SessionDate,
    string Status,
    string? Strategy,
    string? Direction,
    string? OccSymbol,
    DateOnly? Expiration,
    decimal? Strike,
    decimal? Delta,
    int? Dte,
    decimal Confidence,
    string Justification,
    string? NoTradeReason,
    bool NoEdge = false)
{
    /// <summary>Status of a decision not to trade.</summary>
    public const string NoTrade = "NO_TRADE";

    /// <summary>True for a NO_TRADE decision.</summary>
    public bool IsNoTrade => Status == NoTrade;
}
