using Kapman.MarketData;
using Kapman.Recommendation.Decision.Inputs;

namespace Kapman.Recommendation.Decision.Tests.Inputs;

/// <summary>IV rank by hand, and readings whose warm-up the bars do not cover stay missing (so stage E fails closed).</summary>
public class RegimeReadingsTests
{
    [Test]
    public void Iv_rank_by_hand()
    {
        Assert.That(RegimeReadings.IvRank([10, 30, 20, 15]), Is.EqualTo(25), "100 × (15 − 10) / (30 − 10)");
        Assert.That(RegimeReadings.IvRank([12, 12, 12]), Is.Null, "flat history");
        Assert.That(RegimeReadings.IvRank([12]), Is.Null);
    }

    [Test]
    public void Short_histories_leave_readings_missing()
    {
        var bars = Enumerable.Range(0, 30).Select(i => new Bar(new DateOnly(2025, 1, 1).AddDays(i), 100 + i, 101 + i, 99 + i, 100 + i, 1e6)).ToList();

        var regime = RegimeReadings.FromBars(bars, 15, 17, 0.2, 40);

        Assert.That(regime.Close, Is.EqualTo(129));
        Assert.That(regime.Ema20, Is.Not.Null, "20 bars warm the EMA up");
        Assert.That(regime.RealizedVol20, Is.Not.Null, "21 closes give 20 returns");
        Assert.That(regime.Adx14, Is.Not.Null, "28 bars warm ADX(14) up");
        Assert.That(regime.Sma50, Is.Null, "30 bars do not cover SMA(50)");
        Assert.That(regime.VixTermRatio, Is.EqualTo(15d / 17).Within(1e-15));
        Assert.That(regime.VolatilityRiskPremium, Is.EqualTo(0.2 - regime.RealizedVol20!.Value).Within(1e-15));
    }
}
