using Kapman.MarketData;

namespace Kapman.OptionMath.Tests;

public sealed class BlackScholesMertonPriceTests
{
    // Hull, "Options, Futures, and Other Derivatives" (8th ed.), BSM worked example of ch. 15: S=42, K=40, r=10%, σ=20%, T=0.5 ⇒ c=4.76, p=0.81.
    [Test]
    public void Hull_example_without_dividends()
    {
        Assert.That(BlackScholesMerton.Price(OptionRight.Call, 42, 40, 0.5, 0.10, 0.0, 0.20), Is.EqualTo(4.76).Within(0.005));
        Assert.That(BlackScholesMerton.Price(OptionRight.Put, 42, 40, 0.5, 0.10, 0.0, 0.20), Is.EqualTo(0.81).Within(0.005));
    }

    // Hull (8th ed.), index option worked example of ch. 17: index call S=930, K=900, r=8%, q=3%, σ=20%, T=2/12 ⇒ c=51.83.
    [Test]
    public void Hull_index_option_with_dividend_yield()
    {
        Assert.That(BlackScholesMerton.Price(OptionRight.Call, 930, 900, 2.0 / 12, 0.08, 0.03, 0.20), Is.EqualTo(51.83).Within(0.005));
    }

    // Haug, "The Complete Guide to Option Pricing Formulas" (2nd ed.), §1.1.1: S=60, K=65, T=0.25, r=8%, σ=30% ⇒ c=2.1334;
    // §1.1.2 (Merton 1973): S=100, K=95, T=0.5, r=10%, q=5%, σ=20% ⇒ p=2.4648.
    [Test]
    public void Haug_examples()
    {
        Assert.That(BlackScholesMerton.Price(OptionRight.Call, 60, 65, 0.25, 0.08, 0.0, 0.30), Is.EqualTo(2.1334).Within(0.00005));
        Assert.That(BlackScholesMerton.Price(OptionRight.Put, 100, 95, 0.5, 0.10, 0.05, 0.20), Is.EqualTo(2.4648).Within(0.00005));
    }

    [Test]
    public void Put_call_parity_holds_across_a_grid()
    {
        foreach (var strike in new[] { 50.0, 80, 100, 120, 150 })
        {
            foreach (var years in new[] { 2 / 365.0, 0.1, 1.0, 3.0 })
            {
                foreach (var volatility in new[] { 0.05, 0.3, 1.5 })
                {
                    const double spot = 100, rate = 0.043, dividendYield = 0.012;
                    var call = BlackScholesMerton.Price(OptionRight.Call, spot, strike, years, rate, dividendYield, volatility);
                    var put = BlackScholesMerton.Price(OptionRight.Put, spot, strike, years, rate, dividendYield, volatility);
                    var forwardDifference = spot * Math.Exp(-dividendYield * years) - strike * Math.Exp(-rate * years);
                    Assert.That(call - put, Is.EqualTo(forwardDifference).Within(1e-10), $"K={strike} T={years} σ={volatility}");
                }
            }
        }
    }

    [Test]
    public void Price_respects_no_arbitrage_bounds_and_grows_with_volatility()
    {
        const double spot = 100, strike = 105, years = 0.5, rate = 0.05, dividendYield = 0.02;
        var previous = double.NegativeInfinity;
        for (var volatility = 0.01; volatility <= 3.0; volatility += 0.01)
        {
            var call = BlackScholesMerton.Price(OptionRight.Call, spot, strike, years, rate, dividendYield, volatility);
            Assert.That(call, Is.GreaterThan(previous));
            Assert.That(call, Is.LessThan(spot * Math.Exp(-dividendYield * years)));
            previous = call;
        }
    }

    [Test]
    public void At_expiry_the_price_is_the_payoff_and_at_zero_volatility_the_discounted_forward_intrinsic()
    {
        Assert.That(BlackScholesMerton.Price(OptionRight.Call, 110, 100, 0, 0.05, 0.0, 0.2), Is.EqualTo(10.0));
        Assert.That(BlackScholesMerton.Price(OptionRight.Put, 110, 100, 0, 0.05, 0.0, 0.2), Is.EqualTo(0.0));
        Assert.That(BlackScholesMerton.Price(OptionRight.Put, 90, 100, 1, 0.05, 0.0, 0.0), Is.EqualTo(100 * Math.Exp(-0.05) - 90).Within(1e-12));
    }

    [TestCase(0.0, 100.0, 1.0, 0.2)]
    [TestCase(100.0, -1.0, 1.0, 0.2)]
    [TestCase(100.0, 100.0, -0.1, 0.2)]
    [TestCase(100.0, 100.0, 1.0, -0.2)]
    [TestCase(double.NaN, 100.0, 1.0, 0.2)]
    public void Invalid_inputs_throw(double spot, double strike, double years, double volatility)
    {
        Assert.That(
            () => BlackScholesMerton.Price(OptionRight.Call, spot, strike, years, 0.05, 0.0, volatility),
            Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
