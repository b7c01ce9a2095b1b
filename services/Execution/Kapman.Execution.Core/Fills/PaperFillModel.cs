using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Fills;

/// <summary>
/// The paper broker's fill model (docs/domain/execution.md#paper-fills, seed 003 §9 task 10.2.1): each leg fills at its mid plus slippage against the
/// order (buy: mid + s, sell: mid − s, s = ticks × tick size), and the combo's net is Σ ratio × (sell − buy).
/// Additions to the seed, each conservative:
/// <list type="bullet">
/// <item>a leg never fills outside its quote (buy ≤ ask, sell ≥ bid);</item>
/// <item>the order is a limit: nothing fills unless the net is at the limit or better (the seed fills any order);</item>
/// <item>quantity is capped by the quoted size: ⌊size / ratio⌋ per leg (ask size for buys, bid size for sells), so a
/// larger order fills partially;</item>
/// <item>commission is charged per contract per leg.</item>
/// </list>
/// Leg prices are not rounded to ticks (the seed does not round). Deterministic: the only randomness is the
/// optional per-leg jitter, drawn in leg order from the generator passed in.
/// </summary>
public static class PaperFillModel
{
    /// <summary>Tries to fill up to <paramref name="remainingQuantity"/> units of <paramref name="order"/> against <paramref name="quotes"/>.</summary>
    public static PaperFillResult TryFill(
        ComboOrder order,
        int remainingQuantity,
        IReadOnlyDictionary<string, OptionQuote> quotes,
        PaperFillSettings settings,
        SplitMix64 random)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(settings);
        if (remainingQuantity <= 0)
        {
            return new(null, "nothing remains to fill", random);
        }

        var prices = new List<decimal>(order.Legs.Count);
        var available = int.MaxValue;
        foreach (var leg in order.Legs)
        {
            if (!quotes.TryGetValue(leg.OccSymbol, out var quote) || !quote.IsUsable)
            {
                return new(null, $"no usable quote for {leg.OccSymbol}", random);
            }

            var ticks = settings.SlippageTicks;
            if (settings.SlippageJitterTicks > 0)
            {
                (var extra, random) = random.NextInt(settings.SlippageJitterTicks + 1);
                ticks += extra;
            }

            var slip = ticks * TickSizes.For(settings.TickRule, quote.Mid);
            prices.Add(leg.Side == OrderSide.Buy ? Math.Min(quote.Ask, quote.Mid + slip) : Math.Max(quote.Bid, quote.Mid - slip));
            available = Math.Min(available, (leg.Side == OrderSide.Buy ? quote.AskSize : quote.BidSize) / leg.Ratio);
        }

        var signedCredit = order.Legs.Select((l, i) => -l.Sign * l.Ratio * prices[i]).Sum();
        var net = order.PriceType == PriceType.NetCredit ? signedCredit : -signedCredit;
        var marketable = order.PriceType == PriceType.NetCredit ? net >= order.LimitPrice : net <= order.LimitPrice;
        if (!marketable)
        {
            return new(null, $"model {order.PriceType} {net} is worse than the limit {order.LimitPrice}", random);
        }

        var quantity = Math.Min(remainingQuantity, available);
        if (quantity <= 0)
        {
            return new(null, "no quoted size", random);
        }

        var legs = order.Legs.Select((l, i) => new PaperLegFill(l.OccSymbol, l.Side, l.Effect, quantity * l.Ratio, prices[i])).ToList();
        var commission = legs.Sum(l => l.Contracts) * settings.CommissionPerContract;
        var cash = (signedCredit * ContractMultiplier.SharesPerContract * quantity) - commission;
        return new(new PaperFill(quantity, net, order.PriceType, legs, commission, cash), null, random);
    }
}
