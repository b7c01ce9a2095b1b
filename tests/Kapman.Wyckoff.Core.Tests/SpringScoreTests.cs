using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>
/// Spring score on flat bars (high 101, low 99, close 100, volume 1000): support is 99, the lowest low of
/// the 20 bars before the break bar.
/// </summary>
public sealed class SpringScoreTests
{
    [Test]
    public void A_low_volume_break_that_recovers_and_closes_high_scores_12_and_signals_entry()
    {
        // Low 98 < 99; close 99.5 > 99; volume 800 < 1000; close position (99.5 - 98) / 2 = 0.75.
        var snapshot = new SeriesBuilder().Flat(30).Add(100, 98, 99.5, 800).Analyze();

        Assert.That(snapshot.Spring.Total, Is.EqualTo(12));
        Assert.That(snapshot.Spring.Named("Support Break").Reason, Is.EqualTo(
            "low 98.00 on 2024-01-31 broke support 99.00 (lowest low of the 20 bars before it)"));
        Assert.That(snapshot.Spring.Named("Quick Recovery").Reason, Is.EqualTo("session close 99.50 back above support 99.00"));
        Assert.That(snapshot.Spring.Named("Low Volume").Reason, Is.EqualTo("break-bar volume 0.80x the 20-bar average of 1,000 (< 1x)"));
        Assert.That(snapshot.Spring.Named("Bullish Close").Reason, Is.EqualTo("session close at 75.00% of its range (> 50%)"));
        Assert.That(snapshot.Bc.Total, Is.LessThan(12));
        Assert.That(snapshot.Signal, Is.EqualTo("ENTRY"));
        Assert.That(snapshot.AlertKind, Is.EqualTo("SPRING_ENTRY"));
    }

    [Test]
    public void A_break_two_bars_back_counts_and_a_close_at_mid_range_is_not_bullish()
    {
        // Bar 27 breaks 99 with low 98 on 800 shares; the session closes at 100, exactly mid-range (0.5).
        var snapshot = new SeriesBuilder().Flat(27).Add(100, 98, 99.5, 800).Flat(2).Analyze();

        Assert.That(snapshot.Spring.Named("Support Break").Points, Is.EqualTo(3));
        Assert.That(snapshot.Spring.Named("Support Break").Reason, Does.Contain("on 2024-01-28"));
        Assert.That(snapshot.Spring.Named("Quick Recovery").Points, Is.EqualTo(3));
        Assert.That(snapshot.Spring.Named("Low Volume").Points, Is.EqualTo(3));
        Assert.That(snapshot.Spring.Named("Bullish Close").Points, Is.Zero);
        Assert.That(snapshot.Spring.Named("Bullish Close").Reason, Is.EqualTo("session close at 50.00% of its range (not > 50%)"));
        Assert.That(snapshot.Spring.Total, Is.EqualTo(9));
        Assert.That(snapshot.Signal, Is.EqualTo("ENTRY"));
    }

    [Test]
    public void A_break_three_bars_back_is_outside_the_window()
    {
        // Session support is now 98 (bar 26 is among the 20 bars before the session).
        var snapshot = new SeriesBuilder().Flat(26).Add(100, 98, 99.5, 800).Flat(3).Analyze();

        Assert.That(snapshot.Spring.Total, Is.Zero);
        Assert.That(snapshot.Spring.Signals, Has.All.Matches<ScoreSignal>(s => s.Reason.StartsWith(
            "no support break in the last 3 bars (session support 98.00", StringComparison.Ordinal)));
        Assert.That(snapshot.Signal, Is.Null);
    }

    [Test]
    public void A_low_equal_to_support_is_not_a_break()
    {
        var snapshot = new SeriesBuilder().Flat(30).Add(100, 99, 99.8, 800).Analyze();

        Assert.That(snapshot.Spring.Total, Is.Zero);
        Assert.That(snapshot.Spring.Named("Support Break").Reason, Does.Contain("session support 99.00"));
        Assert.That(snapshot.Spring.Named("Support Break").Reason, Does.Contain("session low 99.00"));
    }

    [Test]
    public void A_close_equal_to_support_is_not_a_recovery()
    {
        // Close 99 = support; position (99 - 98) / 1.5 = 0.67 is still bullish.
        var snapshot = new SeriesBuilder().Flat(30).Add(99.5, 98, 99, 800).Analyze();

        Assert.That(snapshot.Spring.Named("Quick Recovery").Points, Is.Zero);
        Assert.That(snapshot.Spring.Named("Quick Recovery").Reason, Is.EqualTo("session close 99.00 not above support 99.00"));
        Assert.That(snapshot.Spring.Named("Bullish Close").Points, Is.EqualTo(3));
        Assert.That(snapshot.Spring.Total, Is.EqualTo(9));
    }

    [Test]
    public void Break_volume_equal_to_the_average_is_not_low()
    {
        var snapshot = new SeriesBuilder().Flat(30).Add(100, 98, 99.5, 1000).Analyze();

        Assert.That(snapshot.Spring.Named("Low Volume").Points, Is.Zero);
        Assert.That(snapshot.Spring.Named("Low Volume").Reason, Does.Contain("1.00x the 20-bar average of 1,000 (not < 1x)"));
        Assert.That(snapshot.Spring.Total, Is.EqualTo(9));
    }

    [Test]
    public void The_most_recent_break_is_used_with_its_own_support()
    {
        // Bar 28 breaks 99 (low 98, 800 shares). The session's support includes bar 28, so it is 98, and the
        // session breaks it with low 97.5 on 1200 shares: 1200 / ((19 * 1000 + 800) / 20) = 1.21, not low.
        var snapshot = new SeriesBuilder().Flat(28).Add(100, 98, 99.5, 800).Add(99, 97.5, 98.5, 1200).Analyze();

        Assert.That(snapshot.Spring.Named("Support Break").Reason, Does.Contain("low 97.50 on 2024-01-30 broke support 98.00"));
        Assert.That(snapshot.Spring.Named("Quick Recovery").Points, Is.EqualTo(3));
        Assert.That(snapshot.Spring.Named("Low Volume").Points, Is.Zero);
        Assert.That(snapshot.Spring.Named("Low Volume").Reason, Does.Contain("1.21x the 20-bar average of 990"));
    }
}
