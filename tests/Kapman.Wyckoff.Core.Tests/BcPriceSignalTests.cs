using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>BC signals judged on price alone: Parabolic Price, Wide Range Bars, Behavior at Highs.</summary>
public sealed class BcPriceSignalTests
{
    private const string Parabolic = "Parabolic Price";
    private const string WideRange = "Wide Range Bars";
    private const string AtHighs = "Behavior at Highs";

    [Test]
    public void Parabolic_scores_a_one_day_gain_above_5_percent()
    {
        var signal = new SeriesBuilder().Flat(30).Add(105.5, 100, 105.01).Analyze().Bc.Named(Parabolic);

        Assert.That(signal.Points, Is.EqualTo(4));
        Assert.That(signal.MaxPoints, Is.EqualTo(4));
        Assert.That(signal.Reason, Does.Contain("1-day gain 5.01% (> 5%)"));
    }

    [Test]
    public void Parabolic_misses_a_gain_of_exactly_5_percent()
    {
        var signal = new SeriesBuilder().Flat(30).Add(105.5, 100, 105).Analyze().Bc.Named(Parabolic);

        Assert.That(signal.Points, Is.Zero);
        Assert.That(signal.Reason, Does.Contain("1-day gain 5.00% (not > 5%)"));
    }

    [Test]
    public void Parabolic_scores_two_consecutive_gains_above_3_percent()
    {
        // 100 → 103.5 (+3.50%) → 107.1 (+3.48%): neither above 5%, both above 3%.
        var signal = new SeriesBuilder().Flat(29).Add(103.6, 100, 103.5).Add(107.2, 103.5, 107.1).Analyze().Bc.Named(Parabolic);

        Assert.That(signal.Points, Is.EqualTo(4));
        Assert.That(signal.Reason, Does.Contain("3.50% and 3.48%"));
    }

    [Test]
    public void Parabolic_misses_when_one_of_the_two_days_is_exactly_3_percent()
    {
        // 100 → 103 (+3.00%) → 106.5 (+3.40%).
        var signal = new SeriesBuilder().Flat(29).Add(103.1, 100, 103).Add(106.6, 103, 106.5).Analyze().Bc.Named(Parabolic);

        Assert.That(signal.Points, Is.Zero);
        Assert.That(signal.Reason, Does.Contain("3.00% and 3.40% (not both > 3%)"));
    }

    [Test]
    public void Wide_range_scores_a_range_above_4_percent_closing_near_the_low()
    {
        // Range (103.75 - 99.5) / 100 = 4.25%; close at 0.5 / 4.25 = 11.76% of the range.
        var signal = new SeriesBuilder().Flat(30).Add(103.75, 99.5, 100).Analyze().Bc.Named(WideRange);

        Assert.That(signal.Points, Is.EqualTo(4));
        Assert.That(signal.Reason, Is.EqualTo("range 4.25% of the close (> 4%), close at 11.76% of the range (within the bottom 30%)"));
    }

    [Test]
    public void Wide_range_misses_a_range_of_exactly_4_percent()
    {
        var signal = new SeriesBuilder().Flat(30).Add(103.5, 99.5, 100).Analyze().Bc.Named(WideRange);

        Assert.That(signal.Points, Is.Zero);
        Assert.That(signal.Reason, Does.Contain("range 4.00% of the close (not > 4%)"));
    }

    [Test]
    public void Wide_range_counts_a_close_exactly_at_30_percent_as_the_bottom()
    {
        // Close position (100.5 - 99) / (104 - 99) = 0.30; range 5 / 100.5 = 4.98%.
        var signal = new SeriesBuilder().Flat(30).Add(104, 99, 100.5).Analyze().Bc.Named(WideRange);

        Assert.That(signal.Points, Is.EqualTo(4));
    }

    [Test]
    public void Wide_range_misses_a_close_just_above_the_bottom_30_percent()
    {
        // Close position (100.55 - 99) / 5 = 0.31.
        var signal = new SeriesBuilder().Flat(30).Add(104, 99, 100.55).Analyze().Bc.Named(WideRange);

        Assert.That(signal.Points, Is.Zero);
        Assert.That(signal.Reason, Does.Contain("close at 31.00% of the range (not within the bottom 30%)"));
    }

    [Test]
    public void Behavior_at_highs_scores_a_new_high_that_closes_exactly_2_percent_below_it()
    {
        // Prior 20-session high 101; high 112.5; (112.5 - 110.25) / 112.5 = 2.00%.
        var signal = new SeriesBuilder().Flat(30).Add(112.5, 109, 110.25).Analyze().Bc.Named(AtHighs);

        Assert.That(signal.Points, Is.EqualTo(4));
        Assert.That(signal.Reason, Does.Contain("new high 112.50 above the prior 20-session high 101.00"));
        Assert.That(signal.Reason, Does.Contain("2.00% below the high (>= 2%)"));
    }

    [Test]
    public void Behavior_at_highs_misses_a_new_high_that_holds_within_2_percent()
    {
        // (112.5 - 110.5) / 112.5 = 1.78%.
        var signal = new SeriesBuilder().Flat(30).Add(112.5, 109, 110.5).Analyze().Bc.Named(AtHighs);

        Assert.That(signal.Points, Is.Zero);
        Assert.That(signal.Reason, Does.Contain("1.78% below the high (< 2%)"));
    }

    [Test]
    public void Behavior_at_highs_needs_a_high_above_the_prior_high()
    {
        // High 101 equals the prior high; the close is 2.5% below it.
        var signal = new SeriesBuilder().Flat(30).Add(101, 98, 98.475).Analyze().Bc.Named(AtHighs);

        Assert.That(signal.Points, Is.Zero);
        Assert.That(signal.Reason, Does.StartWith("no new high: high 101.00 not above the prior 20-session high 101.00"));
    }

    [Test]
    public void The_prior_high_window_is_the_20_sessions_before_the_session()
    {
        // A 120 high 21 sessions back is outside the window, so 110 is a new high; 20 back it is inside.
        var outside = new SeriesBuilder().Add(120, 99, 100).Flat(20).Add(110, 99, 101).Analyze().Bc.Named(AtHighs);
        var inside = new SeriesBuilder().Flat(1).Add(120, 99, 100).Flat(19).Add(110, 99, 101).Analyze().Bc.Named(AtHighs);

        Assert.That(outside.Points, Is.EqualTo(4));
        Assert.That(inside.Points, Is.Zero);
    }
}
