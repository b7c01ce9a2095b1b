using Kapman.MarketData;
using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>Checklist step 4 (relative strength and weakness against the market) and the market series.</summary>
public sealed class RelativeStrengthTests
{
    // The ticker: 40 closes rising by 0.1 from 100 on consecutive days from 2024-01-01; the session is bar 39
    // (2024-02-09, close 103.9) and 20 sessions before it is bar 19 (2024-01-20, close 101.9): +1.96 %.
    private static Checklist Against(MarketSeries? market) => WyckoffAnalyzer.Analyze(
        "T", new SeriesBuilder().Trend(40, 100, 0.1).Build(), WyckoffParameters.Default, market).Checklist;

    [Test]
    public void A_ticker_up_two_percent_against_a_flat_market_is_stronger()
    {
        var checklist = Against(MarketSeries.FromBars("FLAT", new SeriesBuilder().Flat(40).Build()));

        Assert.That(checklist.Buying[3], Is.EqualTo(new ChecklistItem(4, "Relative strength", true,
            "1.96% vs 0.00% for FLAT over 20 sessions, 2024-01-20 to 2024-02-09")));
        Assert.That(checklist.Selling[3].Passed, Is.False);
        Assert.That(checklist.Selling[3].Name, Is.EqualTo("Relative weakness"));
    }

    [Test]
    public void A_ticker_lagging_a_faster_market_is_weaker()
    {
        // Market: closes 100 + 0.2 i, so 103.8 on bar 19 and 107.8 on bar 39: +3.85 %.
        var checklist = Against(MarketSeries.FromBars("FAST", new SeriesBuilder().Trend(40, 100, 0.2).Build()));

        Assert.That(checklist.Buying[3].Passed, Is.False);
        Assert.That(checklist.Selling[3], Is.EqualTo(new ChecklistItem(4, "Relative weakness", true,
            "1.96% vs 3.85% for FAST over 20 sessions, 2024-01-20 to 2024-02-09")));
    }

    [Test]
    public void A_market_without_the_start_session_cannot_judge()
    {
        var market = MarketSeries.FromBars("SHORT", new SeriesBuilder().Flat(40).Build().Skip(25).ToArray());

        Assert.That(Against(market).Buying[3], Is.EqualTo(new ChecklistItem(4, "Relative strength", false,
            "the market series (SHORT) has no close on 2024-01-20 or 2024-02-09")));
        Assert.That(Against(null).Buying[3].Reason, Is.EqualTo("no market series is among the inputs"));
    }

    [Test]
    public void The_equal_weighted_index_compounds_the_mean_daily_return()
    {
        // A: 100, 110, 121 (+10 %, +10 %); B: 100, 90, 99 (−10 %, +10 %); C starts on day 2 at 50, then 45 (−10 %).
        // Day 1: 100. Day 2: mean(+10 %, −10 %) = 0 → 100. Day 3: mean(+10 %, +10 %, −10 %) = +3.33 % → 103.33.
        var day = new DateOnly(2024, 1, 1);
        static Bar B(DateOnly d, double close) => new(d, close, close, close, close, 1000);
        var a = new[] { B(day, 100), B(day.AddDays(1), 110), B(day.AddDays(2), 121) };
        var b = new[] { B(day, 100), B(day.AddDays(1), 90), B(day.AddDays(2), 99) };
        var c = new[] { B(day.AddDays(1), 50), B(day.AddDays(2), 45) };

        var index = MarketSeries.EqualWeighted([a, b, c]);

        Assert.That(index.Name, Is.EqualTo("equal-weighted universe (3 tickers)"));
        Assert.That(index.Count, Is.EqualTo(3));
        Assert.That(index.CloseOn(day), Is.EqualTo(100));
        Assert.That(index.CloseOn(day.AddDays(1)), Is.EqualTo(100).Within(1e-9));
        Assert.That(index.CloseOn(day.AddDays(2)), Is.EqualTo(100 * (1 + (0.1 / 3))).Within(1e-9));
        Assert.That(index.CloseOn(day.AddDays(3)), Is.Null);
    }

    [Test]
    public void Invalid_market_input_is_rejected()
    {
        var bars = new SeriesBuilder().Flat(3).Build();

        Assert.That(() => MarketSeries.FromBars("X", bars.Reverse().ToArray()), Throws.ArgumentException);
        Assert.That(() => MarketSeries.FromBars(" ", bars), Throws.ArgumentException);
        Assert.That(() => MarketSeries.EqualWeighted([]), Throws.ArgumentException);
    }
}
