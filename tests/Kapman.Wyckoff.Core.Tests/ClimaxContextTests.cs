using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>
/// Issue 21: a selling climax must end a decline and a buying climax an advance, of at least 12 ATR(14) measured
/// on the bar where the move started, to a new low (high) of the 60 prior sessions. Trend bars have high = close + 0.5,
/// low = close − 0.5 and a true range of 1, so ATR(14) is 1 wherever it is warm (from bar 14).
/// </summary>
public sealed class ClimaxContextTests
{
    // The climax bar of ClimaxEventTests: wide (TR 3.5 ≈ 2.97 ATR), 2.5 × volume, close at 6 % of the range.
    private static SeriesBuilder WithSellingClimax(SeriesBuilder before)
    {
        var last = before.LastClose;
        return before.Add(last + 0.5, last - 3, last - 2.8, 2500);
    }

    [Test]
    public void A_selling_climax_after_a_deep_decline_fires_and_reports_the_decline_in_atr()
    {
        // 16 flat-ish bars at 130 (ATR warm at bar 14, = 1), then 30 bars falling by 0.5 to 115.5; session low 112.5.
        // Highest close 130, first on bar 0 of the 60-bar window whose ATR is not warm: the ATR of the bar before
        // the climax (1) is used. Decline = (130 − 112.5) / 1 = 17.5 ATR.
        var snapshot = WithSellingClimax(new SeriesBuilder().Trend(30, 130, -0.5)).Analyze();

        var sc = snapshot.Events.Single();
        Assert.That(sc.Code, Is.EqualTo("SC"));
        Assert.That(sc.Measurements["decline_atr"], Is.EqualTo(17.5).Within(1e-9));
    }

    [Test]
    public void The_same_bar_after_a_shallow_decline_is_no_climax()
    {
        // 20 bars rising by 0.5 to 119.5 (lowest low 109.5), then 15 bars falling by 0.5 from 119 to 112; session
        // low 109, close 109.2. SMA20 falls: (475 + 1732.5 + 109.2) / 20 = 115.835 now against 2339 / 20 = 116.95
        // five bars ago. Highest close 119.5 on bar 19, ATR there 1: decline = (119.5 − 109) / 1 = 10.5 ATR, below 12.
        var shallow = WithSellingClimax(new SeriesBuilder().Trend(20, 110, 0.5).Trend(15, 119, -0.5));
        var snapshot = shallow.Analyze();
        var loose = WyckoffAnalyzer.Analyze("T", shallow.Build(), WyckoffParameters.Default with { ClimaxMinDeclineAtr = 10.5 });

        Assert.That(snapshot.Events.Select(e => e.Code), Has.No.Member("SC"));
        Assert.That(loose.Events.Single(e => e.Code == "SC").Measurements["decline_atr"], Is.EqualTo(10.5).Within(1e-9));
    }

    [Test]
    public void A_selling_climax_must_undercut_the_lows_of_the_60_prior_sessions()
    {
        // A decline to 100 (bar 40, low 99.5), a rebound of 10 bars to 105, 3 bars down to 103.5, then the climax
        // bar: low 100.5, above 99.5. SMA20 still falls (2047.7 / 20 = 102.385 now, 2050 / 20 = 102.5 five bars ago).
        // It ends no decline (a wide bar inside the range); measured over the 5 prior bars only it would be a climax.
        var bars = WithSellingClimax(new SeriesBuilder().Trend(41, 120, -0.5).Trend(10, 100.5, 0.5).Trend(3, 104.5, -0.5)).Build();
        var snapshot = WyckoffAnalyzer.Analyze("T", bars, WyckoffParameters.Default with { ClimaxMinDeclineAtr = 0 });
        var shortWindow = WyckoffAnalyzer.Analyze("T", bars, WyckoffParameters.Default with { ClimaxMinDeclineAtr = 0, ClimaxContextBars = 5 });

        Assert.That(snapshot.Events.Select(e => e.Code), Has.No.Member("SC"));
        Assert.That(shortWindow.Events.Select(e => e.Code), Has.Member("SC"));
    }

    [Test]
    public void A_buying_climax_needs_an_advance_of_12_atr_to_a_60_session_high()
    {
        // Deep: 30 bars rising by 0.5 from 100 to 114.5; session high 118.5: advance (118.5 − 100) / 1 = 18.5 ATR.
        // Shallow: 20 bars falling by 0.5 from 120 to 110.5, then 10 rising from 111 to 115.5, session high 119.5:
        // the window's highest high is 120.5 (bar 0), so the high is no 60-session high: no BC.
        var deep = new SeriesBuilder().Trend(30, 100, 0.5).Add(118.5, 114, 118, 2500).Analyze();
        var shallow = new SeriesBuilder().Trend(20, 120, -0.5).Trend(10, 111, 0.5).Add(119.5, 115, 119, 2500).Analyze();

        Assert.That(deep.Events.Single().Measurements["advance_atr"], Is.EqualTo(18.5).Within(1e-9));
        Assert.That(shallow.Events.Select(e => e.Code), Has.No.Member("BC"));
    }
}
