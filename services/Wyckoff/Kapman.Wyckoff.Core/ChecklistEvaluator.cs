namespace Kapman.Wyckoff.Core;

/// <summary>
/// Wyckoff's nine buying tests (the classic accumulation checklist of the Wyckoff course) judged on daily bars
/// at the session, and the nine selling tests as their mirror. Bars only, so two are approximations and one
/// cannot be judged:
/// <list type="number">
/// <item>Price objective accomplished: no point-and-figure count here; instead the move from the opposite
/// extreme close of the 100 bars before the last 20 (highest for buying, lowest for selling) to the last 20
/// bars' extreme (lowest low, highest high) is at least 15 % (a decline for buying, an advance for selling).</item>
/// <item>Activity: mean volume of up bars above that of down bars over 20 bars (buying), the reverse (selling).</item>
/// <item>Climax: an SC (buying) or a BC (selling) within the 120 bars of the range window.</item>
/// <item>Relative strength against the market (<see cref="RelativeStrengthRule"/>): the 20-session return
/// above the market's (buying) or below it (selling); without a market series it fails with that reason.</item>
/// <item>Stride broken: close above SMA20 (buying; the downward stride is broken) or below it (selling).</item>
/// <item>Higher lows (buying) / lower highs (selling): the last 10 bars against the 10 before.</item>
/// <item>Higher highs (buying) / lower lows (selling): the same windows.</item>
/// <item>Base (buying) / crown (selling) forming: the 20-bar high-low range within 10 % of the close.</item>
/// <item>Reward ≥ 3 × risk: target the 60-bar high (buying) or low (selling), stop the 20-bar low (high).</item>
/// </list>
/// With fewer than 121 bars, steps that need more history fail with "insufficient history".
/// </summary>
internal static class ChecklistEvaluator
{
    private const int Long = 120;
    private const int Range = 20;
    private const int Half = 10;
    private const int Target = 60;

    public static Checklist Evaluate(
        BarSeries series, IReadOnlyList<WyckoffEvent> timeline, MarketSeries? market, WyckoffParameters parameters) =>
        new(Tests(series, timeline, market, parameters, buying: true), Tests(series, timeline, market, parameters, buying: false));

    private static ChecklistItem[] Tests(
        BarSeries series, IReadOnlyList<WyckoffEvent> timeline, MarketSeries? market, WyckoffParameters parameters, bool buying)
    {
        var s = buying ? 1 : -1;
        var last = series.Last;
        var bars = series.Bars;
        var close = series.Session.Close;
        var items = new List<ChecklistItem>();
        void Add(string name, bool passed, string reason) => items.Add(new ChecklistItem(items.Count + 1, name, passed, reason));
        const string Short = "insufficient history";

        if (last >= Long)
        {
            var extreme = buying ? series.LowestLowBefore(last + 1, Range) : series.HighestHighBefore(last + 1, Range);
            var earlier = Window(bars, last - Long + 1, last - Range).ToArray();
            var origin = buying ? earlier.Max(b => b.Close) : earlier.Min(b => b.Close);
            var move = s * (origin - extreme) / origin;
            Add(buying ? "Downside objective accomplished" : "Upside objective accomplished", move >= 0.15,
                $"{Text.Percent(move)} from {Text.Number(origin)} to {Text.Number(extreme)} (≥ 15%)");
        }
        else
        {
            Add(buying ? "Downside objective accomplished" : "Upside objective accomplished", false, Short);
        }

        var recent = Window(bars, Math.Max(1, last - Range + 1), last).ToArray();
        var up = recent.Where((b, k) => b.Close > bars[last - recent.Length + k].Close).Select(b => b.Volume).DefaultIfEmpty(0).Average();
        var down = recent.Where((b, k) => b.Close < bars[last - recent.Length + k].Close).Select(b => b.Volume).DefaultIfEmpty(0).Average();
        Add(buying ? "Activity bullish" : "Activity bearish", s * (up - down) > 0,
            $"mean volume {Text.Shares(up)} on up bars, {Text.Shares(down)} on down bars over {recent.Length} bars");

        var climax = buying ? SellingClimaxRule.Code : BuyingClimaxRule.Code;
        var found = timeline.LastOrDefault(e => e.Code == climax && e.BarIndex > last - Long);
        Add(buying ? "Selling climax" : "Buying climax", found is not null,
            found is null ? $"no {climax} in the last {Long} bars" : $"{climax} on {Text.Date(found.Date)} at {Text.Number(found.PriceLevel)}");

        items.Add(RelativeStrengthRule.Evaluate(items.Count + 1, series, market, parameters, buying));

        var sma = series.TrendSma(last);
        Add(buying ? "Downward stride broken" : "Upward stride broken", sma is { } v && s * (close - v) > 0,
            sma is { } m ? $"close {Text.Number(close)} vs SMA{Range} {Text.Number(m)}" : Short);

        if (last >= (2 * Half) - 1)
        {
            var (nowLow, nowHigh, prevLow, prevHigh) = (
                series.LowestLowBefore(last + 1, Half), series.HighestHighBefore(last + 1, Half),
                series.LowestLowBefore(last + 1 - Half, Half), series.HighestHighBefore(last + 1 - Half, Half));
            Add(buying ? "Higher lows" : "Lower highs", buying ? nowLow > prevLow : nowHigh < prevHigh,
                buying ? $"low {Text.Number(nowLow)} vs {Text.Number(prevLow)}" : $"high {Text.Number(nowHigh)} vs {Text.Number(prevHigh)}");
            Add(buying ? "Higher highs" : "Lower lows", buying ? nowHigh > prevHigh : nowLow < prevLow,
                buying ? $"high {Text.Number(nowHigh)} vs {Text.Number(prevHigh)}" : $"low {Text.Number(nowLow)} vs {Text.Number(prevLow)}");
        }
        else
        {
            Add(buying ? "Higher lows" : "Lower highs", false, Short);
            Add(buying ? "Higher highs" : "Lower lows", false, Short);
        }

        var width = (series.HighestHighBefore(last + 1, Math.Min(Range, last + 1)) - series.LowestLowBefore(last + 1, Math.Min(Range, last + 1))) / close;
        Add(buying ? "Base forming" : "Crown forming", width <= 0.10, $"{Range}-bar range {Text.Percent(width)} of the close (≤ 10%)");

        if (last >= Target)
        {
            var target = buying ? series.HighestHighBefore(last + 1, Target) : series.LowestLowBefore(last + 1, Target);
            var stop = buying ? series.LowestLowBefore(last + 1, Range) : series.HighestHighBefore(last + 1, Range);
            var reward = s * (target - close);
            var risk = s * (close - stop);
            Add(buying ? "Upside ≥ 3 × risk" : "Downside ≥ 3 × risk", risk > 0 && reward >= 3 * risk,
                $"target {Text.Number(target)}, stop {Text.Number(stop)}: reward {Text.Number(reward)} vs risk {Text.Number(risk)}");
        }
        else
        {
            Add(buying ? "Upside ≥ 3 × risk" : "Downside ≥ 3 × risk", false, Short);
        }

        return [.. items];
    }

    private static IEnumerable<MarketData.Bar> Window(IReadOnlyList<MarketData.Bar> bars, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            yield return bars[i];
        }
    }
}
