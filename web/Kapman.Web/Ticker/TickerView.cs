using Kapman.Web.Clients;

namespace Kapman.Web.Ticker;

/// <summary>Everything the Ticker page shows besides the chart (which loads its own JSON); each part degrades alone.</summary>
/// <param name="Ticker">The ticker.</param>
/// <param name="Indicators">Its latest indicators (zero or one entry).</param>
/// <param name="Snapshot">Its latest Wyckoff snapshot, or why it is missing (Value null with Ok: not scored).</param>
/// <param name="Chain">Its latest option chain.</param>
/// <param name="Dealer">Its dealer metrics (Value null with Ok: no chain for this underlying).</param>
/// <param name="Gex">Its GEX by strike.</param>
/// <param name="Flip">Its dealer-metrics row holding the gamma flip.</param>
public sealed record TickerView(
    string Ticker,
    GatewayResult<IReadOnlyList<Indicators>> Indicators,
    GatewayResult<WyckoffSnapshot?> Snapshot,
    GatewayResult<IReadOnlyList<OptionContract>> Chain,
    GatewayResult<DealerMetrics?> Dealer,
    GatewayResult<IReadOnlyList<GexStrike>> Gex,
    GatewayResult<DealerRow> Flip)
{
    /// <summary>
    /// Spot in USD for the GEX and chain strike bands: the dealer metrics' spot, else the ticker's own latest
    /// dealer-metrics row's (the session of the chain listed); null when neither has one (every strike is listed).
    /// </summary>
    public double? Spot => Dealer.Value?.Spot ?? Flip.Value?.Spot;
}
