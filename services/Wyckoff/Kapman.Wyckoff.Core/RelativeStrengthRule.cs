namespace Kapman.Wyckoff.Core;

/// <summary>
/// Wyckoff's fourth buying test, "stronger than the market" (and the fourth selling test, "weaker than the
/// market"), judged on closes: over the last <see cref="WyckoffParameters.RelativeStrengthBars"/> (20) sessions
/// the ticker's return close[last] / close[last − 20] − 1 is compared with the market's return between the
/// same two dates. Buying passes when the ticker's return is strictly above the market's, selling when it is
/// strictly below. Fails, with the reason, when no market series is given, when the history is shorter than
/// 21 bars, or when the market has no close on either date.
/// </summary>
internal static class RelativeStrengthRule
{
    public static ChecklistItem Evaluate(int step, BarSeries series, MarketSeries? market, WyckoffParameters parameters, bool buying)
    {
        var name = buying ? "Relative strength" : "Relative weakness";
        var span = parameters.RelativeStrengthBars;
        if (market is null)
        {
            return new ChecklistItem(step, name, false, "no market series is among the inputs");
        }

        if (series.Last < span)
        {
            return new ChecklistItem(step, name, false, "insufficient history");
        }

        var (start, end) = (series.Bars[series.Last - span], series.Session);
        if (RelativeStrength.Returns(series, market, span) is not { } returns)
        {
            return new ChecklistItem(step, name, false,
                $"the market series ({market.Name}) has no close on {Text.Date(start.Date)} or {Text.Date(end.Date)}");
        }

        var (stock, index) = returns;
        var passed = buying ? stock > index : stock < index;
        return new ChecklistItem(step, name, passed,
            $"{Text.Percent(stock)} vs {Text.Percent(index)} for {market.Name} over {span} sessions, {Text.Date(start.Date)} to {Text.Date(end.Date)}");
    }
}
