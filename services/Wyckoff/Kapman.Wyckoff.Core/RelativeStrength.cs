namespace Kapman.Wyckoff.Core;

/// <summary>
/// The two returns Wyckoff's relative-strength test compares: the ticker's close[last] / close[last − span] − 1 and the
/// market's return between the same two dates. Shared by the checklist (<see cref="RelativeStrengthRule"/>) and the signal
/// features. Pure.
/// </summary>
internal static class RelativeStrength
{
    /// <summary>The returns, or null without a market, with fewer than span + 1 bars, or when the market lacks either date.</summary>
    public static (double Stock, double Market)? Returns(BarSeries series, MarketSeries? market, int span)
    {
        if (market is null || series.Last < span)
        {
            return null;
        }

        var (start, end) = (series.Bars[series.Last - span], series.Session);
        return market.CloseOn(start.Date) is { } marketStart && market.CloseOn(end.Date) is { } marketEnd
            ? ((end.Close / start.Close) - 1, (marketEnd / marketStart) - 1)
            : null;
    }
}
