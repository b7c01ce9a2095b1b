namespace Kapman.Web.Clients;

/// <summary>
/// An open position group (execution API <c>GET /positions</c>). Money is in dollars for the whole position
/// (price per share × 100 per contract × contracts); greeks are net for the position.
/// </summary>
/// <param name="PositionId">Position group id.</param>
/// <param name="Ticker">Underlying.</param>
/// <param name="Strategy">Strategy, e.g. BULL_CALL_SPREAD.</param>
/// <param name="Legs">Its legs.</param>
/// <param name="MarkPrice">Net mark, dollars per share; null when it could not be marked.</param>
/// <param name="MarkSource"><see cref="StoredChain"/> (the latest stored option chain), <see cref="Model"/> (priced by a model) or none.</param>
/// <param name="MarkAsOf">When the mark was taken.</param>
/// <param name="UnrealizedPnl">Unrealised P&amp;L in dollars at the mark.</param>
/// <param name="RealizedPnl">Realised P&amp;L in dollars.</param>
/// <param name="NetDelta">Net delta (share equivalents).</param>
/// <param name="NetGamma">Net gamma.</param>
/// <param name="NetTheta">Net theta, dollars per day.</param>
/// <param name="NetVega">Net vega, dollars per volatility point.</param>
/// <param name="Simulated">True when the position comes from modelled (paper) fills.</param>
public sealed record ExecutionPosition(
    string PositionId,
    string Ticker,
    string Strategy,
    IReadOnlyList<PositionLegView> Legs,
    decimal? MarkPrice,
    string MarkSource,
    DateTimeOffset? MarkAsOf,
    decimal UnrealizedPnl,
    decimal RealizedPnl,
    decimal NetDelta,
    decimal NetGamma,
    decimal NetTheta,
    decimal NetVega,
    bool Simulated)
{
    /// <summary>Marked from the latest stored option chain.</summary>
    public const string StoredChain = "stored-chain";

    /// <summary>Marked by a pricing model (no usable quote).</summary>
    public const string Model = "model";

    /// <summary>True when the mark (and so the unrealised P&amp;L and greeks) comes from a model.</summary>
    public bool IsModelled => string.Equals(MarkSource, Model, StringComparison.Ordinal);
}
