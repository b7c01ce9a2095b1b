using Kapman.MarketData;
using Kapman.Wyckoff.Application;

namespace Kapman.Wyckoff.Tests;

/// <summary>The market the daily run gives the relative-strength test: SPY's bars, else the equal-weighted universe.</summary>
public sealed class MarketSelectionTests
{
    private static readonly DateOnly Day = new(2025, 8, 1);

    private static Bar[] Closes(params double[] closes) =>
        closes.Select((c, i) => new Bar(Day.AddDays(i), c, c, c, c, 1000)).ToArray();

    [Test]
    public void Spy_is_the_market_when_the_session_has_it()
    {
        var market = WyckoffDailyStep.Market(new Dictionary<string, IReadOnlyList<Bar>>
        {
            ["AAPL"] = Closes(100, 200),
            ["SPY"] = Closes(500, 505),
        });

        Assert.That(market!.Name, Is.EqualTo("SPY"));
        Assert.That(market.CloseOn(Day.AddDays(1)), Is.EqualTo(505));
    }

    [Test]
    public void Without_spy_the_market_is_the_equal_weighted_universe()
    {
        // Day 2: mean(+100 %, −10 %) = +45 % → 145.
        var market = WyckoffDailyStep.Market(new Dictionary<string, IReadOnlyList<Bar>>
        {
            ["AAPL"] = Closes(100, 200),
            ["MSFT"] = Closes(100, 90),
        });

        Assert.That(market!.Name, Is.EqualTo("equal-weighted universe (2 tickers)"));
        Assert.That(market.CloseOn(Day.AddDays(1)), Is.EqualTo(145).Within(1e-9));
        Assert.That(WyckoffDailyStep.Market(new Dictionary<string, IReadOnlyList<Bar>>()), Is.Null);
    }
}
