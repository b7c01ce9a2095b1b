using Kapman.MarketData;
using Kapman.OptionMath.Probability;

namespace Kapman.OptionMath.Tests.Probability;

/// <summary>
/// POP under the lognormal model against values computed by hand (Φ from Python's <c>math.erfc</c>, z = [ln(S/K) + (μ − σ²/2)T]/(σ√T))
/// and against a Monte Carlo of the same model (seeded, asserted within 3 standard errors).
/// </summary>
public class LognormalProbabilityTests
{
    [TestCase(100d, 100d, 1d, 0d, 0.2d, 0.460172162722971, TestName = "At the money, no drift: Φ(−σ√T/2) = Φ(−0.1)")]
    [TestCase(100d, 110d, 0.5d, 0.05d, 0.25d, 0.31344005580538, TestName = "10 % out of the money, with drift")]
    public void Above_matches_the_closed_form_by_hand(double spot, double level, double years, double drift, double vol, double expected)
    {
        Assert.That(LognormalProbability.Above(spot, level, years, drift, vol), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Below_and_between_match_the_closed_form_by_hand()
    {
        Assert.That(LognormalProbability.Below(100, 90, 0.25, 0.03, 0.3), Is.EqualTo(0.249075008892777).Within(1e-12));
        Assert.That(LognormalProbability.Between(100, 95, 105, 30d / 365, 0.031, 0.18), Is.EqualTo(0.667260369448694).Within(1e-12));
        Assert.That(LognormalProbability.Between(100, null, null, 1, 0, 0.2), Is.EqualTo(1d));
    }

    [Test]
    public void A_single_leg_profits_beyond_its_breakeven()
    {
        // Short put 95 for 1.50: breakeven 93.5, profits above it. Long call 105 for 2.00: breakeven 107, profits above it.
        Assert.That(LognormalProbability.SingleLeg(OptionRight.Put, false, 95, 1.5, 100, 45d / 365, 0.031, 0.2), Is.EqualTo(0.835558141857800).Within(1e-12));
        Assert.That(LognormalProbability.SingleLeg(OptionRight.Call, true, 105, 2, 100, 45d / 365, 0.031, 0.2), Is.EqualTo(0.172547066117803).Within(1e-12));
        Assert.That(
            LognormalProbability.SingleLeg(OptionRight.Put, true, 95, 1.5, 100, 45d / 365, 0.031, 0.2)
            + LognormalProbability.SingleLeg(OptionRight.Put, false, 95, 1.5, 100, 45d / 365, 0.031, 0.2),
            Is.EqualTo(1d).Within(1e-15),
            "a long and a short leg at the same premium split the outcomes");
        Assert.That(LognormalProbability.SingleLeg(OptionRight.Put, true, 1, 2, 100, 1, 0, 0.2), Is.Zero, "a put bought above its strike never profits");
    }

    [Test]
    public void Between_rejects_crossed_bounds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LognormalProbability.Between(100, 105, 95, 1, 0, 0.2));
    }

    [TestCase(100d, 92d, 108d, 45d / 365, 0.031, 0.22, 11, TestName = "Iron condor profit zone, risk-neutral drift")]
    [TestCase(100d, 96d, null, 20d / 365, 0.10, 0.35, 12, TestName = "Credit put spread, only a lower breakeven")]
    [TestCase(100d, null, 103d, 0.5, -0.05, 0.15, 13, TestName = "Credit call spread, negative drift")]
    public void Between_agrees_with_a_Monte_Carlo_of_the_same_model(double spot, double? lower, double? upper, double years, double drift, double vol, int seed)
    {
        const int paths = 400_000;
        var sampler = new GbmSampler(seed);
        var hits = 0;
        for (var i = 0; i < paths; i++)
        {
            var terminal = sampler.Terminal(spot, years, drift, vol);
            if ((lower is null || terminal > lower) && (upper is null || terminal < upper))
            {
                hits++;
            }
        }

        var estimate = (double)hits / paths;
        var standardError = Math.Sqrt(estimate * (1 - estimate) / paths);
        var closedForm = LognormalProbability.Between(spot, lower, upper, years, drift, vol);
        TestContext.Out.WriteLine($"closed form {closedForm:F6}, Monte Carlo {estimate:F6} ± {standardError:F6} (N = {paths})");
        Assert.That(closedForm, Is.EqualTo(estimate).Within(3 * standardError));
    }
}
