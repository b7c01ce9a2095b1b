using Kapman.Execution.Core.Fills;
using Kapman.Execution.Core.Orders;
using Kapman.Execution.Core.Positions;

namespace Kapman.Execution.Core.KillSwitch;

/// <summary>
/// The panic flatten of a hard stop (docs/domain/execution.md#hard-stop-flatten, seed 003 Appendix F, §2.1 <c>panic.py</c>, §11 R1/R2). Each open position
/// group becomes one closing combo: every held contract on the other side, effect Close, the quantity the
/// greatest common divisor of the holdings and the ratios the holdings divided by it (5/5 gives 5 × (1, 1);
/// 2/−4/2 gives 2 × (1, 2, 1)). The limit starts at the natural price, crossing the spread (sell at the bid, buy at
/// the ask): net credit c₀ = Σ ratio × (sell bids) − Σ ratio × (buy asks) per share. Attempt k = ⌊elapsed /
/// interval⌋ gives up k × step: c_k = c₀ − k × step, sent as a credit when c_k ≥ 0 and as a debit of −c_k
/// otherwise. After the limit attempts the last limit stays, as a market order only if allowed.
/// </summary>
public static class HardStopFlattener
{
    /// <summary>
    /// The flatten orders for <paramref name="positions"/> at <paramref name="elapsed"/> since the hard stop, or an
    /// empty plan when the switch is not in HardStop.
    /// </summary>
    public static FlattenPlan Plan(
        KillSwitchState state,
        IEnumerable<Position> positions,
        IReadOnlyDictionary<string, OptionQuote> quotes,
        FlattenSettings settings,
        TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(settings);
        if (state.Mode != KillSwitchMode.HardStop)
        {
            return FlattenPlan.Empty;
        }

        var attempt = elapsed <= TimeSpan.Zero ? 0 : (int)(elapsed.Ticks / settings.EscalationInterval.Ticks);
        var orders = new List<FlattenOrder>();
        var blocked = new List<FlattenBlocked>();
        foreach (var group in positions.Where(p => !p.IsFlat).GroupBy(p => p.GroupId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var holdings = group.ToList();
            var missing = holdings.Where(h => !quotes.TryGetValue(h.OccSymbol, out var q) || !q.IsUsable).Select(h => h.OccSymbol).ToList();
            if (missing.Count > 0)
            {
                blocked.Add(new FlattenBlocked(group.Key, $"no usable quote for {string.Join(", ", missing)}"));
                continue;
            }

            orders.Add(Close(group.Key, holdings, quotes, settings, attempt));
        }

        return new FlattenPlan(orders, blocked);
    }

    private static FlattenOrder Close(string groupId, List<Position> holdings, IReadOnlyDictionary<string, OptionQuote> quotes, FlattenSettings settings, int attempt)
    {
        var quantity = holdings.Select(h => Math.Abs(h.NetContracts)).Aggregate(Gcd);
        var legs = holdings
            .Select(h => new OrderLeg(h.OccSymbol, h.NetContracts > 0 ? OrderSide.Sell : OrderSide.Buy, Math.Abs(h.NetContracts) / quantity, PositionEffect.Close))
            .ToList();
        var natural = legs.Sum(l => l.Side == OrderSide.Sell ? l.Ratio * quotes[l.OccSymbol].Bid : -l.Ratio * quotes[l.OccSymbol].Ask);
        var limitAttempt = Math.Min(attempt, settings.MaxLimitAttempts - 1);
        var credit = natural - (limitAttempt * settings.EscalationStep);
        var exhausted = attempt >= settings.MaxLimitAttempts;
        var order = new ComboOrder(
            $"{groupId}-flatten-{attempt}",
            groupId,
            holdings[0].Strategy,
            holdings[0].Underlying,
            legs,
            quantity,
            credit >= 0m ? PriceType.NetCredit : PriceType.NetDebit,
            Math.Abs(credit));
        return new FlattenOrder(order, attempt, exhausted && settings.AllowMarketFallback, exhausted && !settings.AllowMarketFallback);
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
