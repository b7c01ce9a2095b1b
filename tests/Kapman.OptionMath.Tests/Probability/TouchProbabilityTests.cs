using Kapman.OptionMath.Probability;

namespace Kapman.OptionMath.Tests.Probability;

/// <summary>
/// Probability of touch against its closed form computed by hand, its long-horizon limit, and a Monte Carlo of the same GBM
/// with the Brownian-bridge correction: between two grid points x_i, x_(i+1) below an upper barrier b the path crosses with
/// probability exp(−2(b − x_i)(b − x_(i+1)) / (σ²Δt)) (Glasserman, <i>Monte Carlo Methods in Financial Engineering</i>, §6.4).
/// For constant drift the bridge law does not depend on the drift, so the corrected estimator is exact in distribution
/// whatever the step count: the only error left is statistical, and the assertion is 3 standard errors. Each path carries the
/// conditional probability of a touch, 1 − Π(1 − p_i), instead of a 0/1 draw (same mean, smaller variance).
/// </summary>
public class TouchProbabilityTests
{
    [Test]
    public void Driftless_touch_is_twice_the_chance_of_finishing_beyond()
    {
        // μ = σ²/2 makes ν = 0: P = 2Φ(−ln(1.1)/(0.2·√0.25)) = 2Φ(−0.953102) = 0.340538 (by hand).
        Assert.That(TouchProbability.Touch(100, 110, 0.25, 0.02, 0.2), Is.EqualTo(0.340538495214561).Within(1e-12));
        Assert.That(TouchProbability.Touch(100, 100 / 1.1, 0.25, 0.02, 0.2), Is.EqualTo(0.340538495214561).Within(1e-12), "symmetric in log space");
    }

    [TestCase(100d, 110d, 0.5, 0.08, 0.25, 0.633247108449836, TestName = "Upper barrier with drift")]
    [TestCase(100d, 92d, 0.5, 0.08, 0.25, 0.595303945383337, TestName = "Lower barrier with drift")]
    [TestCase(640d, 600d, 45d / 365, 0.031, 0.22, 0.399794334814342, TestName = "A 45-day short put strike of SPY")]
    public void Touch_matches_the_closed_form_by_hand(double spot, double barrier, double years, double drift, double vol, double expected)
    {
        Assert.That(TouchProbability.Touch(spot, barrier, years, drift, vol), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void With_a_negative_drift_the_long_run_touch_is_exponential_in_the_distance()
    {
        // The all-time maximum of ν t + σ W_t with ν < 0 is exponential with rate 2|ν|/σ²: P(max ≥ b) = e^(2νb/σ²).
        const double vol = 0.2;
        const double nu = -0.05;
        var b = Math.Log(1.2);
        Assert.That(TouchProbability.Touch(100, 120, 10_000, nu + (0.5 * vol * vol), vol), Is.EqualTo(Math.Exp(2 * nu * b / (vol * vol))).Within(1e-9));
    }

    [Test]
    public void The_spot_itself_is_touched()
    {
        Assert.That(TouchProbability.Touch(100, 100, 0.1, 0, 0.2), Is.EqualTo(1d));
    }

    [TestCase(100d, 110d, 0.5, 0.08, 0.25, 21, TestName = "Monte Carlo: upper barrier")]
    [TestCase(100d, 92d, 0.5, 0.08, 0.25, 22, TestName = "Monte Carlo: lower barrier")]
    [TestCase(100d, 95d, 30d / 365, -0.2, 0.4, 23, TestName = "Monte Carlo: lower barrier, strong negative drift")]
    public void Touch_agrees_with_a_bridge_corrected_Monte_Carlo(double spot, double barrier, double years, double drift, double vol, int seed)
    {
        const int paths = 100_000;
        const int steps = 50;
        var dt = years / steps;
        var nu = drift - (0.5 * vol * vol);
        var b = Math.Log(barrier / spot);
        var up = b > 0;
        var sampler = new GbmSampler(seed);
        double sum = 0, sumOfSquares = 0;
        for (var i = 0; i < paths; i++)
        {
            var x = 0d;
            var survival = 1d;
            for (var step = 0; step < steps && survival > 0; step++)
            {
                var next = x + (nu * dt) + (vol * Math.Sqrt(dt) * sampler.NextNormal());
                var crossedAtGridPoint = up ? next >= b : next <= b;
                survival *= crossedAtGridPoint ? 0d : 1d - Math.Exp(-2d * (b - x) * (b - next) / (vol * vol * dt));
                x = next;
            }

            var touch = 1d - survival;
            sum += touch;
            sumOfSquares += touch * touch;
        }

        var mean = sum / paths;
        var standardError = Math.Sqrt(((sumOfSquares / paths) - (mean * mean)) / (paths - 1));
        var closedForm = TouchProbability.Touch(spot, barrier, years, drift, vol);
        TestContext.Out.WriteLine($"closed form {closedForm:F6}, Monte Carlo {mean:F6} ± {standardError:F6} (N = {paths}, {steps} steps)");
        Assert.That(closedForm, Is.EqualTo(mean).Within(3 * standardError));
    }
}
