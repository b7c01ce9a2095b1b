using Kapman.MarketData;

namespace Kapman.OptionMath.Tests;

public sealed class BlackScholesMertonGreeksTests
{
    // Hull (8th ed.), the running example of ch. 19: S=49, K=50, r=5%, σ=20%, T=20 weeks (0.3846):
    // Δ=0.522, Γ=0.066, Θ=−4.31 per year, vega=12.1 per unit σ, ρ=8.91 per unit r.
    [Test]
    public void Hull_chapter_19_example()
    {
        var greeks = BlackScholesMerton.Greeks(OptionRight.Call, 49, 50, 20.0 / 52, 0.05, 0.0, 0.20);
        Assert.Multiple(() =>
        {
            Assert.That(greeks.Delta, Is.EqualTo(0.522).Within(0.0005));
            Assert.That(greeks.Gamma, Is.EqualTo(0.066).Within(0.0005));
            Assert.That(greeks.ThetaPerDay, Is.EqualTo(-4.31 / 365).Within(0.005 / 365));
            Assert.That(greeks.VegaPerVolPoint, Is.EqualTo(0.121).Within(0.0005));
            Assert.That(greeks.Rho, Is.EqualTo(0.0891).Within(0.00005));
        });
    }

    // Haug (2nd ed.), §2.1: delta S=105, K=100, T=0.5, r=10%, b=0 (q=r), σ=36% ⇒ call 0.5946, put −0.3566;
    // gamma and vega S=55, K=60, T=0.75, r=b=10%, σ=30% ⇒ Γ=0.0278, vega=18.9358 per unit σ.
    [Test]
    public void Haug_examples()
    {
        var call = BlackScholesMerton.Greeks(OptionRight.Call, 105, 100, 0.5, 0.10, 0.10, 0.36);
        var put = BlackScholesMerton.Greeks(OptionRight.Put, 105, 100, 0.5, 0.10, 0.10, 0.36);
        var other = BlackScholesMerton.Greeks(OptionRight.Call, 55, 60, 0.75, 0.10, 0.0, 0.30);
        Assert.Multiple(() =>
        {
            Assert.That(call.Delta, Is.EqualTo(0.5946).Within(0.00005));
            Assert.That(put.Delta, Is.EqualTo(-0.3566).Within(0.00005));
            Assert.That(other.Gamma, Is.EqualTo(0.0278).Within(0.00005));
            Assert.That(other.VegaPerVolPoint, Is.EqualTo(0.189358).Within(0.0000005));
        });
    }

    [Test]
    public void Greeks_match_finite_differences_of_the_price()
    {
        foreach (var right in new[] { OptionRight.Call, OptionRight.Put })
        {
            foreach (var strike in new[] { 60.0, 95, 100, 110, 140 })
            {
                foreach (var years in new[] { 5 / 365.0, 0.25, 2.0 })
                {
                    foreach (var volatility in new[] { 0.12, 0.45 })
                    {
                        AssertMatchesFiniteDifferences(right, 100, strike, years, 0.043, 0.012, volatility);
                    }
                }
            }
        }
    }

    [Test]
    public void Greeks_need_time_and_volatility()
    {
        Assert.That(() => BlackScholesMerton.Greeks(OptionRight.Call, 100, 100, 0, 0.05, 0, 0.2), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => BlackScholesMerton.Greeks(OptionRight.Call, 100, 100, 1, 0.05, 0, 0), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    private static void AssertMatchesFiniteDifferences(OptionRight right, double spot, double strike, double years, double rate, double dividendYield, double volatility)
    {
        double P(double s = double.NaN, double t = double.NaN, double r = double.NaN, double v = double.NaN) =>
            BlackScholesMerton.Price(
                right,
                double.IsNaN(s) ? spot : s,
                strike,
                double.IsNaN(t) ? years : t,
                double.IsNaN(r) ? rate : r,
                dividendYield,
                double.IsNaN(v) ? volatility : v);

        var greeks = BlackScholesMerton.Greeks(right, spot, strike, years, rate, dividendYield, volatility);
        var ds = 1e-4 * spot;
        var dt = 1e-5 * years;
        const double dv = 1e-5, dr = 1e-5;
        var price = P();
        var delta = (P(s: spot + ds) - P(s: spot - ds)) / (2 * ds);
        var gamma = (P(s: spot + ds) - 2 * price + P(s: spot - ds)) / (ds * ds);
        var vegaPerPoint = (P(v: volatility + dv) - P(v: volatility - dv)) / (2 * dv) / 100;
        var thetaPerDay = -(P(t: years + dt) - P(t: years - dt)) / (2 * dt) / 365;
        var rhoPerPoint = (P(r: rate + dr) - P(r: rate - dr)) / (2 * dr) / 100;

        var label = $"{right} K={strike} T={years} σ={volatility}";
        Assert.Multiple(() =>
        {
            Assert.That(greeks.Delta, Is.EqualTo(delta).Within(1e-6), label);
            Assert.That(greeks.Gamma, Is.EqualTo(gamma).Within(1e-5 + 1e-4 * Math.Abs(gamma)), label);
            Assert.That(greeks.VegaPerVolPoint, Is.EqualTo(vegaPerPoint).Within(1e-7 + 1e-6 * Math.Abs(vegaPerPoint)), label);
            Assert.That(greeks.ThetaPerDay, Is.EqualTo(thetaPerDay).Within(1e-7 + 1e-5 * Math.Abs(thetaPerDay)), label);
            Assert.That(greeks.Rho, Is.EqualTo(rhoPerPoint).Within(1e-7 + 1e-6 * Math.Abs(rhoPerPoint)), label);
        });
    }
}
