using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>
/// Spring score (docs/domain/wyckoff-scores.md#spring-score, seed 000 §11.3) against established support, model 1.2.0: the hand-built
/// <see cref="Accumulation"/> (SC on 2024-02-20 with low 112.5, AR confirmed on bar 54) and 30 quiet range bars
/// (high 116.5, low 115.5, volume 900 / 1,100, so every 20-bar mean is 1,000); the range support is 112.5.
/// The session after them is bar 85, 2024-03-26.
/// </summary>
public sealed class SpringScoreTests
{
    private const string Range = "the lowest low from the selling climax of 2024-02-20 to the automatic rally";

    private static WyckoffSnapshot Analyze(Accumulation series) => WyckoffAnalyzer.Analyze("T", series.Bars, WyckoffParameters.Default);

    private static Accumulation InRange() => new Accumulation().Range(30);

    [Test]
    public void A_low_volume_break_of_range_support_that_recovers_and_closes_high_scores_12_and_signals_entry()
    {
        // Low 112 < 112.5; close 115.5 > 112.5; volume 800 / 1,000 = 0.8; close position (115.5 − 112) / 4 = 0.875.
        var snapshot = Analyze(InRange().Add(116, 112, 115.5, 800));

        Assert.That(snapshot.Spring.Total, Is.EqualTo(12));
        Assert.That(snapshot.Spring.Named("Support Break").Reason, Is.EqualTo($"low 112.00 on 2024-03-26 broke range support 112.50 ({Range})"));
        Assert.That(snapshot.Spring.Named("Quick Recovery").Reason, Is.EqualTo("session close 115.50 back above support 112.50"));
        Assert.That(snapshot.Spring.Named("Low Volume").Reason, Is.EqualTo("break-bar volume 0.80x the 20-bar average of 1,000 (< 1x)"));
        Assert.That(snapshot.Spring.Named("Bullish Close").Reason, Is.EqualTo("session close at 87.50% of its range (> 50%)"));
        Assert.That((snapshot.Signal, snapshot.AlertKind, snapshot.TradeSignal), Is.EqualTo(("ENTRY", "SPRING_ENTRY", "ENTRY_SETUP")));
    }

    /// <summary>
    /// The pre-1.2.0 rule took support as the lowest low of the 20 prior bars, so any bounce off a new low
    /// scored: this series (flat at 99-101, then low 98, close 99.5 on 800) scored 12 and signalled ENTRY.
    /// </summary>
    [Test]
    public void A_new_low_without_a_trading_range_is_no_support_break()
    {
        var snapshot = new SeriesBuilder().Flat(30).Add(100, 98, 99.5, 800).Analyze();

        Assert.That(snapshot.Spring.Total, Is.Zero);
        Assert.That(snapshot.Spring.Signals, Has.All.Matches<ScoreSignal>(s => s.Reason ==
            "no established support: no open trading range (a selling climax followed by an automatic rally)"));
        Assert.That((snapshot.Signal, snapshot.AlertKind, snapshot.TradeSignal), Is.EqualTo(((string?)null, (string?)null, (string?)null)));
    }

    /// <summary>
    /// The SPY 2020-03-17 shape: after the climax (bar 50) and before any automatic rally, a lower low
    /// (112 &lt; 112.5) that closes high on low volume. The decline is not over, so nothing is supported yet.
    /// </summary>
    [Test]
    public void A_bounce_between_the_selling_climax_and_the_automatic_rally_is_no_spring()
    {
        var decline = new Accumulation().Bars.Take(51).ToArray();
        var bars = decline.Append(new Kapman.MarketData.Bar(new DateOnly(2024, 2, 21), 112.7, 114, 112, 113.8, 800)).ToArray();

        var snapshot = WyckoffAnalyzer.Analyze("T", bars, WyckoffParameters.Default);

        Assert.That(snapshot.Spring.Total, Is.Zero);
        Assert.That(snapshot.Spring.Named("Support Break").Reason, Is.EqualTo(
            "no established support yet: the selling climax of 2024-02-20 has no automatic rally (the decline is not over)"));
        Assert.That(snapshot.TradeSignal, Is.Null);
    }

    [Test]
    public void A_break_two_bars_back_counts_and_a_close_at_mid_range_is_not_bullish()
    {
        // Break on 03-26 (low 112, 800 shares); the session (03-28) closes at 116, exactly mid-range (0.5).
        var snapshot = Analyze(InRange().Add(116, 112, 115.5, 800).Add(116.5, 115.5, 116, 900).Add(117, 115, 116, 900));

        Assert.That(snapshot.Spring.Named("Support Break").Reason, Does.StartWith("low 112.00 on 2024-03-26 broke range support 112.50"));
        Assert.That(snapshot.Spring.Named("Quick Recovery").Points, Is.EqualTo(3));
        Assert.That(snapshot.Spring.Named("Low Volume").Points, Is.EqualTo(3));
        Assert.That(snapshot.Spring.Named("Bullish Close").Reason, Is.EqualTo("session close at 50.00% of its range (not > 50%)"));
        Assert.That(snapshot.Spring.Total, Is.EqualTo(9));
        Assert.That(snapshot.TradeSignal, Is.EqualTo("ENTRY_SETUP"));
    }

    [Test]
    public void A_break_three_bars_back_is_outside_the_window()
    {
        var snapshot = Analyze(InRange().Add(116, 112, 115.5, 800).Range(3));

        Assert.That(snapshot.Spring.Total, Is.Zero);
        Assert.That(snapshot.Spring.Named("Support Break").Reason, Is.EqualTo(
            "no support break in the last 3 bars after the automatic rally (range support 112.50, the lowest low from the " +
            "selling climax of 2024-02-20 to the rally; session low 115.50)"));
    }

    [Test]
    public void A_low_equal_to_support_is_not_a_break()
    {
        var snapshot = Analyze(InRange().Add(116, 112.5, 115.5, 800));

        Assert.That(snapshot.Spring.Total, Is.Zero);
        Assert.That(snapshot.Spring.Named("Support Break").Reason, Does.Contain("session low 112.50"));
    }

    /// <summary>Break, low volume and a bullish close score 9, but the close (112.5) is not back above support.</summary>
    [Test]
    public void A_close_equal_to_support_is_not_a_recovery_and_scores_9_without_an_entry()
    {
        // Close position (112.5 − 111.5) / 1.5 = 0.667.
        var snapshot = Analyze(InRange().Add(113, 111.5, 112.5, 800));

        Assert.That(snapshot.Spring.Named("Quick Recovery").Reason, Is.EqualTo("session close 112.50 not above support 112.50"));
        Assert.That(snapshot.Spring.Total, Is.EqualTo(9));
        Assert.That((snapshot.Signal, snapshot.AlertKind, snapshot.TradeSignal), Is.EqualTo(((string?)null, (string?)null, (string?)null)));
    }

    [Test]
    public void Break_volume_equal_to_the_average_is_not_low()
    {
        var snapshot = Analyze(InRange().Add(116, 112, 115.5, 1000));

        Assert.That(snapshot.Spring.Named("Low Volume").Reason, Is.EqualTo("break-bar volume 1.00x the 20-bar average of 1,000 (not < 1x)"));
        Assert.That(snapshot.Spring.Total, Is.EqualTo(9));
    }

    /// <summary>Both 03-26 (1,500 shares) and 03-27 (800) dip below 112.5: the heaviest break bar is judged.</summary>
    [Test]
    public void Volume_is_judged_on_the_heaviest_bar_of_the_break()
    {
        var snapshot = Analyze(InRange().Add(114, 112, 113.5, 1500).Add(116, 112.2, 115.5, 800));

        Assert.That(snapshot.Spring.Named("Support Break").Reason, Does.StartWith("low 112.20 on 2024-03-27"));
        Assert.That(snapshot.Spring.Named("Low Volume").Reason, Is.EqualTo("break-bar volume 1.50x the 20-bar average of 1,000 (not < 1x)"));
        Assert.That(snapshot.Spring.Total, Is.EqualTo(9));
    }

    /// <summary>
    /// A heavy, wide down bar that closes below support (112.3, at 15 % of its range) is a sign of weakness:
    /// 1,400 shares is vol_z (1,400 − 1,040) / 251.8 = 1.43 against the 40 bars before it (mean 1,040, population
    /// SD 251.8 with the SC's 2,500), above the SOW's 1 and below the climax's 2. The quiet re-entry after it
    /// scores 9, but the entry gate stays closed while the SOW is in the window.
    /// </summary>
    [Test]
    public void A_break_that_is_a_sign_of_weakness_blocks_the_entry()
    {
        var series = InRange().Add(116, 112, 112.3, 1400).Add(116, 112.2, 115.5, 800);

        var snapshot = Analyze(series);

        Assert.That(Accumulation.ZScore(series.Volumes, 85), Is.EqualTo(1.43).Within(0.005));
        Assert.That(series.Timeline().Where(e => e.BarIndex == 85).Select(e => e.Code), Is.EqualTo(new[] { "SOW" }));
        Assert.That(snapshot.Spring.Total, Is.EqualTo(9), "break, recovery and bullish close; 1,400 shares is not low");
        Assert.That((snapshot.Signal, snapshot.AlertKind, snapshot.TradeSignal), Is.EqualTo(((string?)null, (string?)null, (string?)null)));
    }
}
