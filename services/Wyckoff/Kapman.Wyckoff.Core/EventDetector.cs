namespace Kapman.Wyckoff.Core;

/// <summary>
/// Walks the history forward once and reports every event on the bar where it becomes known (no look-ahead:
/// an event on bar i uses bars 0..i only). SC opens an accumulation range (a later SC replaces it); until the
/// AR the climax low follows lower lows; the range is forgotten when no AR comes within
/// <see cref="WyckoffParameters.ArWindowBars"/>, <see cref="WyckoffParameters.RangeMaxBars"/> after the SC,
/// or when, after the AR, <see cref="WyckoffParameters.SpringReentryBars"/> + 1 closes in a row sit below
/// support (a breakdown, not a spring), or, after a SPRING, below the spring low (the spring failed).
/// AR, ST, SPRING and TEST need the range; SC, BC, SOS and SOW do not.
/// </summary>
internal static class EventDetector
{
    public static List<WyckoffEvent> Timeline(BarSeries series, WyckoffParameters parameters) => Timeline(series, parameters, out _);

    /// <summary>The timeline, and the accumulation range still open after the last bar (null when none).</summary>
    public static List<WyckoffEvent> Timeline(BarSeries series, WyckoffParameters parameters, out TradingRange? active)
    {
        var events = new List<WyckoffEvent>();
        TradingRange? range = null;
        for (var i = 0; i < series.Bars.Count; i++)
        {
            var sc = SellingClimaxRule.Detect(series, i, parameters);
            var bc = BuyingClimaxRule.Detect(series, i, parameters);
            if (sc is not null)
            {
                events.Add(sc);
                range = new TradingRange(i, series.Bars[i].Volume, series.AtrAt(i) ?? 0, series.Bars[i].Low);
            }
            else if (range is not null)
            {
                range = Advance(series, range, i, parameters, events);
            }

            if (bc is not null)
            {
                events.Add(bc);
            }
            else if (SignOfStrengthRule.Detect(series, i, parameters) is { } sos)
            {
                events.Add(sos);
            }

            if (sc is null && SignOfWeaknessRule.Detect(series, i, parameters) is { } sow)
            {
                events.Add(sow);
            }
        }

        active = range;
        return events;
    }

    private static TradingRange? Advance(
        BarSeries series, TradingRange range, int i, WyckoffParameters parameters, List<WyckoffEvent> events)
    {
        if (i - range.ScIndex > parameters.RangeMaxBars)
        {
            return null;
        }

        if (range.ArIndex is null)
        {
            if (AutomaticRallyRule.Detect(series, range, i, parameters) is { } ar)
            {
                events.Add(ar);
                range.ArIndex = i;
                range.ArHigh = ar.PriceLevel;
                return range;
            }

            if (series.Bars[i].Low < range.ClimaxLow)
            {
                range.ClimaxLow = series.Bars[i].Low;
                range.ClimaxLowIndex = i;
            }

            return i - range.ScIndex > parameters.ArWindowBars ? null : range;
        }

        foreach (var detected in new[]
                 {
                     SecondaryTestRule.Detect(series, range, i, parameters),
                     SpringRule.Detect(series, range, i, parameters),
                     TestOfSpringRule.Detect(series, range, i, parameters),
                 })
        {
            if (detected is not null)
            {
                events.Add(detected);
            }
        }

        return BrokeDown(series, range, i, parameters) ? null : range;
    }

    private static bool BrokeDown(BarSeries series, TradingRange range, int i, WyckoffParameters parameters)
    {
        var count = parameters.SpringReentryBars + 1;
        var start = range.SpringIndex ?? range.ArIndex;
        if (i - count <= start)
        {
            return false;
        }

        var line = range.SpringIndex is null ? range.ClimaxLow : range.SpringLow;
        for (var k = i - count + 1; k <= i; k++)
        {
            if (series.Bars[k].Close >= line)
            {
                return false;
            }
        }

        return true;
    }
}
