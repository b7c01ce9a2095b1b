using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>Wyckoff's nine buying tests and their mirror on hand-built series.</summary>
public sealed class ChecklistTests
{
    [Test]
    public void A_steady_advance_passes_the_trend_tests_of_buying_and_only_the_crown_of_selling()
    {
        // 40 closes rising by 0.1 from 100 (high/low ±0.5, volume 1,000): every bar is an up bar, the last 10
        // lows and highs are above the 10 before, the close 103.9 is above SMA20 102.95, and the 20-bar range
        // (104.4 − 101.5) is 2.79 % of the close. Steps 1 and 9 need 121 and 61 bars.
        var checklist = new SeriesBuilder().Trend(40, 100, 0.1).Analyze().Checklist;

        Assert.That(checklist.Buying.Select(i => i.Step), Is.EqualTo(Enumerable.Range(1, 9)));
        Assert.That(checklist.Buying.Where(i => i.Passed).Select(i => i.Step), Is.EqualTo(new[] { 2, 5, 6, 7, 8 }));
        Assert.That(checklist.Selling.Where(i => i.Passed).Select(i => i.Step), Is.EqualTo(new[] { 8 }));
        Assert.That((checklist.BuyingPassed, checklist.SellingPassed), Is.EqualTo((5, 1)));
        Assert.That(checklist.Buying[7].Reason, Is.EqualTo("20-bar range 2.79% of the close (≤ 10%)"));
        Assert.That(checklist.Buying[0].Reason, Is.EqualTo("insufficient history"));
        Assert.That(checklist.Buying[3], Is.EqualTo(new ChecklistItem(4, "Relative strength", false, "no market series is among the inputs")));
    }

    [Test]
    public void A_thirty_percent_decline_accomplishes_the_downside_objective_with_reward_far_above_risk()
    {
        // 100 flat bars at 100 (high 101, low 99), then 30 closes from 99 down by 1 to 70 (lows close − 0.5).
        // Objective: highest close of bars 10-109 is 100, lowest low of the last 20 is 69.5: 30.5 %.
        // Reward: 60-bar high 101 − 70 = 31 against risk 70 − 69.5 = 0.5. Selling: lowest earlier close 90
        // (bar 109), highest recent high 89.5 (bar 110): an "advance" of (89.5 − 90) / 90 = −0.56 %.
        var checklist = new SeriesBuilder().Flat(100).Trend(30, 99, -1).Analyze().Checklist;

        Assert.That(checklist.Buying[0].Passed, Is.True);
        Assert.That(checklist.Buying[0].Reason, Is.EqualTo("30.50% from 100.00 to 69.50 (≥ 15%)"));
        Assert.That(checklist.Buying[8].Passed, Is.True);
        Assert.That(checklist.Buying[8].Reason, Is.EqualTo("target 101.00, stop 69.50: reward 31.00 vs risk 0.50"));
        Assert.That(checklist.Selling[0].Passed, Is.False);
        Assert.That(checklist.Selling[0].Reason, Is.EqualTo("-0.56% from 90.00 to 89.50 (≥ 15%)"));
    }

    [Test]
    public void The_selling_climax_test_finds_the_sc_of_the_range()
    {
        var checklist = WyckoffAnalyzer.Analyze("T", new Accumulation().Bars, WyckoffParameters.Default).Checklist;

        Assert.That(checklist.Buying[2], Is.EqualTo(new ChecklistItem(3, "Selling climax", true, "SC on 2024-02-20 at 112.50")));
        Assert.That(checklist.Selling[2].Passed, Is.False);
    }
}
