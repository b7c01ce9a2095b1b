using Kapman.Recommendation.Decision.Chain;

namespace Kapman.Recommendation.Backtest.Engine;

/// <summary>
/// The backtest's fill model (docs/domain/decision-engine.md#fills-in-the-backtest): each leg fills at its mid moved against the
/// order by s × half-spread (a sell at mid − s·(ask − bid)/2, a buy at mid + s·(ask − bid)/2), never outside its quote, s =
/// <see cref="Decision.Ev.FrictionModel.SlippageFractionOfHalfSpread"/> (0.5, seed 003 §6.2 <c>slippage_pct</c>). The opening credit
/// therefore equals stage G's credit after slippage. It re-expresses the paper broker's "mid plus slippage against the order"
/// (docs/domain/execution.md#paper-fills) with a fraction of the spread instead of penny ticks, so that the fill matches the EV_net
/// the pipeline accepted; the paper broker's limit check and size cap do not apply to a model quote.
/// </summary>
public static class FillModel
{
    /// <summary>Fill price of one leg, $ per share: <paramref name="quantity"/> &gt; 0 buys, &lt; 0 sells.</summary>
    public static double LegPrice(ChainQuote quote, int quantity, double slippageFraction)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var bid = quote.Bid ?? 0d;
        var ask = quote.Ask ?? bid;
        var mid = (bid + ask) / 2d;
        var slip = slippageFraction * (ask - bid) / 2d;
        return quantity > 0 ? Math.Min(ask, mid + slip) : Math.Max(bid, mid - slip);
    }

    /// <summary>Net credit of trading <paramref name="legs"/> (signed quantity per unit), $ per share: Σ −quantity × fill price.</summary>
    public static double NetCredit(IEnumerable<(ChainQuote Quote, int Quantity)> legs, double slippageFraction)
    {
        ArgumentNullException.ThrowIfNull(legs);
        return legs.Sum(l => -l.Quantity * LegPrice(l.Quote, l.Quantity, slippageFraction));
    }

    /// <summary>The mark: Σ quantity × mid, $ per share (what holding the legs is worth; negative for a short structure).</summary>
    public static double MarkValue(IEnumerable<(ChainQuote Quote, int Quantity)> legs)
    {
        ArgumentNullException.ThrowIfNull(legs);
        return legs.Sum(l => l.Quantity * (((l.Quote.Bid ?? 0d) + (l.Quote.Ask ?? l.Quote.Bid ?? 0d)) / 2d));
    }
}
