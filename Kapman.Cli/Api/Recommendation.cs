namespace Kapman.Cli.Api;

/// <summary>One row of <c>GET /api/recommendation/recommendations</c> (fields the summary shows).</summary>
/// <param name="Ticker">Underlying.</param>
/// <param name="Status">ISSUED or NO_TRADE.</param>
/// <param name="Strategy">e.g. LONG_CALL, when issued.</param>
/// <param name="Direction">Bullish/bearish direction, when issued.</param>
/// <param name="OccSymbol">The listed contract, when issued.</param>
/// <param name="Expiration">Contract expiration.</param>
/// <param name="Strike">Contract strike in dollars.</param>
/// <param name="Delta">Contract delta.</param>
/// <param name="Dte">Days to expiration.</param>
/// <param name="Confidence">Confidence in [0, 1].</param>
/// <param name="NoTradeReason">Why nothing was issued, for NO_TRADE.</param>
/// <param name="NoEdge">True when the signal showed no edge in the walk-forward calibration: the confidence is its base rate.</param>
internal sealed record Recommendation(
    string Ticker,
    string Status,
    string? Strategy,
    string? Direction,
    string? OccSymbol,
    DateOnly? Expiration,
    decimal? Strike,
    double? Delta,
    int? Dte,
    double? Confidence,
    string? NoTradeReason,
    bool NoEdge = false);
