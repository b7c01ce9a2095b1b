using Kapman.Recommendation.Core.Calibration;

namespace Kapman.Recommendation.Core.Tests.Calibration;

public sealed class PlattScalingTests
{
    [Test]
    public void Two_score_levels_fit_the_logit_of_each_levels_hit_rate()
    {
        // With two distinct scores the logistic MLE reproduces each group's rate exactly (the model is saturated):
        // x = 0: 1 of 4 right, so B = logit(0.25) = −ln 3; x = 1: 3 of 4 right, so A + B = logit(0.75) = ln 3, A = 2 ln 3.
        double[] x = [0, 0, 0, 0, 1, 1, 1, 1];
        bool[] y = [true, false, false, false, true, true, true, false];

        var (a, b) = PlattScaling.Fit(x, y);

        Assert.That(b, Is.EqualTo(-Math.Log(3)).Within(1e-4));
        Assert.That(a, Is.EqualTo(2 * Math.Log(3)).Within(1e-4));
        Assert.That(PlattScaling.Probability(a, b, 0), Is.EqualTo(0.25).Within(1e-5));
        Assert.That(PlattScaling.Probability(a, b, 1), Is.EqualTo(0.75).Within(1e-5));
    }

    [Test]
    public void Scores_without_information_fit_the_base_rate()
    {
        // Same rate (2 of 5) at both scores: A = 0 and p = 0.4 everywhere.
        double[] x = [0.2, 0.2, 0.2, 0.2, 0.2, 0.9, 0.9, 0.9, 0.9, 0.9];
        bool[] y = [true, true, false, false, false, false, true, false, true, false];

        var (a, b) = PlattScaling.Fit(x, y);

        Assert.That(a, Is.EqualTo(0).Within(1e-4));
        Assert.That(PlattScaling.Probability(a, b, 0.5), Is.EqualTo(0.4).Within(1e-5));
    }

    [Test]
    public void Separable_data_stays_finite()
    {
        var (a, b) = PlattScaling.Fit([0, 1], [false, true]);

        Assert.That(double.IsFinite(a) && double.IsFinite(b), Is.True);
        Assert.That(PlattScaling.Probability(a, b, 1), Is.GreaterThan(0.99));
    }

    [Test]
    public void A_further_input_with_additive_log_odds_is_fitted_exactly()
    {
        // Four cells of 4 calls: (x, f) = (0, 0) 1 right, (1, 0) 2, (0, 1) 2, (1, 1) 3. Their log-odds -ln 3, 0, 0, ln 3 are
        // additive (B = -ln 3, A = ln 3, w = ln 3), so the logistic MLE reproduces every cell's rate.
        var x = new List<double>();
        var f = new List<IReadOnlyList<double>>();
        var y = new List<bool>();
        foreach (var (score, input, right) in new[] { (0.0, 0.0, 1), (1.0, 0.0, 2), (0.0, 1.0, 2), (1.0, 1.0, 3) })
        {
            for (var i = 0; i < 4; i++)
            {
                x.Add(score);
                f.Add([input]);
                y.Add(i < right);
            }
        }

        var (a, b, w) = PlattScaling.Fit(x, f, y);

        Assert.That(a, Is.EqualTo(Math.Log(3)).Within(1e-4));
        Assert.That(b, Is.EqualTo(-Math.Log(3)).Within(1e-4));
        Assert.That(w, Has.Length.EqualTo(1));
        Assert.That(w[0], Is.EqualTo(Math.Log(3)).Within(1e-4));
        Assert.That(PlattScaling.Probability(a, b, w, 1, [1.0]), Is.EqualTo(0.75).Within(1e-5));
        Assert.That(PlattScaling.Probability(a, b, w, 0, [0.0]), Is.EqualTo(0.25).Within(1e-5));
    }

    [Test]
    public void Inputs_of_the_wrong_shape_are_refused()
    {
        Assert.Throws<ArgumentException>(() => PlattScaling.Fit([0.5, 0.6], [[1.0], [1.0, 2.0]], [true, false]));
        Assert.Throws<ArgumentException>(() => PlattScaling.Fit([0.5, 0.6], [[1.0], [double.NaN]], [true, false]));
        Assert.Throws<ArgumentException>(() => PlattScaling.Probability(0, 0, [1.0, 2.0], 0.5, [1.0]));
    }
}
