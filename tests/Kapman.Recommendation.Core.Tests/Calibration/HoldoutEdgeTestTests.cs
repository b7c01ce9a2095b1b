using Kapman.Recommendation.Core.Calibration;

namespace Kapman.Recommendation.Core.Tests.Calibration;

/// <summary>Hand-computed cases of the one-sided paired Brier test with its margin 0.001 (every figure worked out in the comments).</summary>
public sealed class HoldoutEdgeTestTests
{
    private const double Z = 1.645;
    private const double Margin = 0.001;

    private static List<(double P, bool O)> Calls(params (double P, bool O)[] calls) => [.. calls];

    private static List<(double P, bool O)> Reference(IEnumerable<(double P, bool O)> calls, double rate) =>
        calls.Select(c => (rate, c.O)).ToList();

    [Test]
    public void A_tie_keeps_no_curve()
    {
        // The forecast is the reference: every gain is 0, so the lower bound is 0, not above it (SOW's 0.2105 vs 0.2105).
        var forecast = Calls((0.6, true), (0.6, false), (0.6, true), (0.6, true));

        var edge = HoldoutEdgeTest.Compare(forecast, Reference(forecast, 0.6), Z, Margin);

        Assert.That(edge.Brier, Is.EqualTo(edge.ReferenceBrier));
        Assert.That(edge.GainLowerBound, Is.EqualTo(0).Within(1e-15));
        Assert.That(edge.HasEdge, Is.False);
    }

    [Test]
    public void A_lower_brier_within_the_noise_keeps_no_curve()
    {
        // Outcomes 1, 1, 0, 0 against the base rate 0.5 (Brier 0.25 each, mean 0.25). Forecast 0.7, 0.4, 0.3, 0.6: Briers
        // 0.09, 0.36, 0.09, 0.36 (mean 0.225, lower than 0.25). Gains 0.16, -0.11, 0.16, -0.11: mean 0.025, deviations
        // +-0.135, s^2 = 4 * 0.018225 / 3 = 0.0243, s = 0.155885, s / sqrt(4) = 0.0779423; lower bound
        // 0.025 - 1.645 * 0.0779423 = -0.103215.
        var forecast = Calls((0.7, true), (0.4, true), (0.3, false), (0.6, false));

        var edge = HoldoutEdgeTest.Compare(forecast, Reference(forecast, 0.5), Z, Margin);

        Assert.That(edge.Brier, Is.EqualTo(0.225).Within(1e-12));
        Assert.That(edge.ReferenceBrier, Is.EqualTo(0.25).Within(1e-12));
        Assert.That(edge.GainLowerBound, Is.EqualTo(-0.103215).Within(1e-6));
        Assert.That(edge.HasEdge, Is.False, "the old rule (Brier lower by 1e-9) kept this curve");
    }

    [Test]
    public void With_z_0_any_mean_gain_above_the_margin_is_an_edge()
    {
        // The case above at z = 0: the lower bound is the mean gain, 0.025, above the margin 0.001.
        var forecast = Calls((0.7, true), (0.4, true), (0.3, false), (0.6, false));

        var edge = HoldoutEdgeTest.Compare(forecast, Reference(forecast, 0.5), 0, Margin);

        Assert.That(edge.GainLowerBound, Is.EqualTo(0.025).Within(1e-12));
        Assert.That(edge.HasEdge, Is.True);
    }

    [Test]
    public void A_clear_gain_over_100_calls_is_an_edge()
    {
        // 50 calls at 0.7 (40 right) and 50 at 0.3 (40 wrong), base rate 0.5. Gains: 0.25 - 0.09 = 0.16 on the 80 calls the
        // forecast leans the right way, 0.25 - 0.49 = -0.24 on the 20 others. Mean (12.8 - 4.8) / 100 = 0.08; deviations
        // 0.08 (80 times) and -0.32 (20 times): sum of squares 0.512 + 2.048 = 2.56, s^2 = 2.56 / 99, s = 0.1608060,
        // s / 10 = 0.0160806; lower bound 0.08 - 1.645 * 0.0160806 = 0.0535474. Briers 0.17 against 0.25.
        var forecast = new List<(double P, bool O)>();
        for (var i = 0; i < 50; i++)
        {
            forecast.Add((0.7, i < 40));
            forecast.Add((0.3, i >= 40));
        }

        var edge = HoldoutEdgeTest.Compare(forecast, Reference(forecast, 0.5), Z, Margin);

        Assert.That(edge.Brier, Is.EqualTo(0.17).Within(1e-12));
        Assert.That(edge.ReferenceBrier, Is.EqualTo(0.25).Within(1e-12));
        Assert.That(edge.GainLowerBound, Is.EqualTo(0.0535474).Within(1e-6));
        Assert.That(edge.HasEdge, Is.True);
    }

    [Test]
    public void A_rounding_sized_gain_is_no_edge_however_consistent()
    {
        // 100 calls, 90 right, base rate 0.5 and a forecast 0.5 + 1e-6 (a constant score nudged by the fit). Gains
        // (r - p)(r + p - 2o): +1e-6 (1 - 1e-6) on the 90, -1e-6 (1 + 1e-6) on the 10: mean 0.8e-6, s about 0.603e-6, s / 10
        // about 0.0603e-6: the lower bound, about 0.70e-6, is above 0 (the test alone would keep the curve) but far below 0.001.
        var forecast = Enumerable.Range(0, 100).Select(i => (0.5 + 1e-6, i < 90)).ToList();

        var tested = HoldoutEdgeTest.Compare(forecast, Reference(forecast, 0.5), Z, 0);
        var edge = HoldoutEdgeTest.Compare(forecast, Reference(forecast, 0.5), Z, Margin);

        Assert.That(tested.GainLowerBound, Is.EqualTo(0.70e-6).Within(0.01e-6));
        Assert.That(tested.HasEdge, Is.True, "without the margin");
        Assert.That(edge.HasEdge, Is.False);
    }

    [Test]
    public void Fewer_than_two_calls_cannot_show_an_edge()
    {
        var one = Calls((0.9, true));

        var edge = HoldoutEdgeTest.Compare(one, Reference(one, 0.5), Z, Margin);

        Assert.That(edge.Brier, Is.EqualTo(0.01).Within(1e-12));
        Assert.That(edge.GainLowerBound, Is.Null);
        Assert.That(edge.HasEdge, Is.False);
    }

    [Test]
    public void Mismatched_calls_and_a_negative_z_are_refused()
    {
        var forecast = Calls((0.7, true), (0.3, false));

        Assert.Throws<ArgumentException>(() => HoldoutEdgeTest.Compare(forecast, Calls((0.5, true), (0.5, true)), Z, Margin));
        Assert.Throws<ArgumentException>(() => HoldoutEdgeTest.Compare(forecast, Calls((0.5, true)), Z, Margin));
        Assert.Throws<ArgumentOutOfRangeException>(() => HoldoutEdgeTest.Compare(forecast, Reference(forecast, 0.5), -1, Margin));
        Assert.Throws<ArgumentOutOfRangeException>(() => HoldoutEdgeTest.Compare(forecast, Reference(forecast, 0.5), Z, double.NaN));
    }
}
