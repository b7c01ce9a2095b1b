using Kapman.Wyckoff.Core.Tests.TestData;

namespace Kapman.Wyckoff.Core.Tests;

/// <summary>BC signals judged on volume: Volume Explosion and Volume Divergence.</summary>
public sealed class BcVolumeSignalTests
{
    private const string Explosion = "Volume Explosion";
    private const string Divergence = "Volume Divergence";

    [Test]
    public void Volume_explosion_scores_volume_above_twice_the_prior_average()
    {
        var signal = new SeriesBuilder().Flat(30).Add(101, 99, 100, 2001).Analyze().Bc.Named(Explosion);

        Assert.That(signal.Points, Is.EqualTo(4));
        Assert.That(signal.Reason, Is.EqualTo("volume 2.00x the 20-session average of 1,000 (> 2x)"));
    }

    [Test]
    public void Volume_explosion_misses_exactly_twice_the_prior_average()
    {
        var signal = new SeriesBuilder().Flat(30).Add(101, 99, 100, 2000).Analyze().Bc.Named(Explosion);

        Assert.That(signal.Points, Is.Zero);
        Assert.That(signal.Reason, Does.Contain("(not > 2x)"));
    }

    [Test]
    public void Volume_explosion_averages_the_prior_sessions_only()
    {
        // 19 bars of 1000 and one of 3000 before the session: average 1100; 2201 / 1100 > 2, 2200 / 1100 = 2.
        var hit = new SeriesBuilder().Flat(10).Add(101, 99, 100, 3000).Flat(19).Add(101, 99, 100, 2201).Analyze();
        var miss = new SeriesBuilder().Flat(10).Add(101, 99, 100, 3000).Flat(19).Add(101, 99, 100, 2200).Analyze();

        Assert.That(hit.Bc.Named(Explosion).Points, Is.EqualTo(4));
        Assert.That(hit.Bc.Named(Explosion).Reason, Does.Contain("average of 1,100"));
        Assert.That(miss.Bc.Named(Explosion).Points, Is.Zero);
    }

    // OBV starts at 1000 and stays there over the flat bars. Bar 10 closes up on 5000 shares (OBV 6000, the
    // prior high), bar 11 closes down on 3000 (OBV 3000), bars 12-28 are flat. The session closes at 101,
    // equal to the 20-session high close of bar 10, and adds its own volume to OBV.
    private static SeriesBuilder DivergenceSetup() =>
        new SeriesBuilder().Flat(10).Add(101.5, 99.5, 101, 5000).Add(101, 99, 100, 3000).Flat(17);

    [Test]
    public void Volume_divergence_scores_a_new_closing_high_without_a_new_obv_high()
    {
        var signal = DivergenceSetup().Add(101.5, 99.5, 101, 1000).Analyze().Bc.Named(Divergence);

        Assert.That(signal.Points, Is.EqualTo(4));
        Assert.That(signal.Reason, Is.EqualTo(
            "close 101.00 at or above the prior 20-session high close 101.00; OBV 4,000 below its prior 20-session high 6,000"));
    }

    [Test]
    public void Volume_divergence_misses_when_obv_equals_its_prior_high()
    {
        var signal = DivergenceSetup().Add(101.5, 99.5, 101, 3000).Analyze().Bc.Named(Divergence);

        Assert.That(signal.Points, Is.Zero);
        Assert.That(signal.Reason, Does.Contain("OBV 6,000 at or above its prior 20-session high 6,000"));
    }

    [Test]
    public void Volume_divergence_misses_when_obv_confirms_the_high()
    {
        var signal = DivergenceSetup().Add(101.5, 99.5, 101, 4000).Analyze().Bc.Named(Divergence);

        Assert.That(signal.Points, Is.Zero);
    }

    [Test]
    public void Volume_divergence_misses_a_close_just_below_the_prior_high_close()
    {
        var signal = DivergenceSetup().Add(101.5, 99.5, 100.99, 1000).Analyze().Bc.Named(Divergence);

        Assert.That(signal.Points, Is.Zero);
        Assert.That(signal.Reason, Does.StartWith("close 100.99 below the prior 20-session high close 101.00"));
    }
}
