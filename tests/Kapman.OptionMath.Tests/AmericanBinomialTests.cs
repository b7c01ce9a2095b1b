using Kapman.MarketData;

namespace Kapman.OptionMath.Tests;

public sealed class AmericanBinomialTests
{
    [Test]
    public void Hull_example_five_step_american_put_is_4_49_with_delta_minus_0_41()
    {
        // Hull, "Options, Futures, and Other Derivatives", Example 21.1 / Figure 21.3: S = 50, K = 50, r = 10 %,
        // σ = 40 %, T = 5 months, 5 steps of one month: value 4.49, delta (2.16 − 6.96)/(56.12 − 44.55) = −0.41.
        var price = AmericanBinomial.Price(OptionRight.Put, 50, 50, 5.0 / 12, 0.10, 0, 0.40, steps: 5);
        var greeks = AmericanBinomial.Greeks(OptionRight.Put, 50, 50, 5.0 / 12, 0.10, 0, 0.40, steps: 5);
        Assert.Multiple(() =>
        {
            Assert.That(price, Is.EqualTo(4.49).Within(0.005));
            Assert.That(greeks.Delta, Is.EqualTo(-0.41).Within(0.005));
        });
    }

    [TestCase(30, 4.263)]
    [TestCase(50, 4.272)]
    [TestCase(100, 4.278)]
    [TestCase(500, 4.283)]
    public void Hull_convergence_table_of_the_american_put(int steps, double expected)
    {
        // Hull §21.1: the same put with 30, 50, 100 and 500 steps.
        Assert.That(AmericanBinomial.Price(OptionRight.Put, 50, 50, 5.0 / 12, 0.10, 0, 0.40, steps), Is.EqualTo(expected).Within(0.0015));
    }

    [TestCase(80.0)]
    [TestCase(100.0)]
    [TestCase(125.0)]
    public void Without_dividends_an_american_call_is_worth_the_european_call(double strike)
    {
        // Merton (1973): early exercise of a call on a non-dividend-paying stock is never optimal.
        var american = AmericanBinomial.Price(OptionRight.Call, 100, strike, 0.5, 0.05, 0, 0.3, 1000);
        var european = BlackScholesMerton.Price(OptionRight.Call, 100, strike, 0.5, 0.05, 0, 0.3);
        Assert.That(american, Is.EqualTo(european).Within(0.01));
    }

    [TestCase(OptionRight.Put, 80.0, 0.0)]
    [TestCase(OptionRight.Put, 120.0, 0.0)]
    [TestCase(OptionRight.Call, 90.0, 0.06)]
    [TestCase(OptionRight.Call, 110.0, 0.06)]
    public void American_is_worth_at_least_european_and_intrinsic(OptionRight right, double strike, double dividendYield)
    {
        var american = AmericanBinomial.Price(right, 100, strike, 1.0, 0.05, dividendYield, 0.25);
        var european = BlackScholesMerton.Price(right, 100, strike, 1.0, 0.05, dividendYield, 0.25);
        var intrinsic = Math.Max(right == OptionRight.Call ? 100 - strike : strike - 100, 0);
        Assert.That(american, Is.GreaterThanOrEqualTo(Math.Max(european, intrinsic) - 0.01));
    }

    [Test]
    public void A_deep_in_the_money_put_with_high_rates_is_exercised_at_once()
    {
        Assert.That(AmericanBinomial.Price(OptionRight.Put, 50, 100, 1.0, 0.10, 0, 0.2), Is.EqualTo(50.0).Within(1e-9));
    }

    [Test]
    public void Tree_greeks_match_finite_differences_of_the_tree_value()
    {
        const double s = 100, k = 105, t = 0.5, r = 0.05, q = 0.02, v = 0.3;
        var g = AmericanBinomial.Greeks(OptionRight.Put, s, k, t, r, q, v, 1000);
        double P(double spot, double years) => AmericanBinomial.Price(OptionRight.Put, spot, k, years, r, q, v, 1000);
        const double h = 1.0;
        Assert.Multiple(() =>
        {
            Assert.That(g.Delta, Is.EqualTo((P(s + h, t) - P(s - h, t)) / (2 * h)).Within(0.005));
            Assert.That(g.Gamma, Is.EqualTo((P(s + h, t) - 2 * P(s, t) + P(s - h, t)) / (h * h)).Within(0.002));
            Assert.That(g.ThetaPerDay, Is.EqualTo((P(s, t - 5.0 / 365) - P(s, t)) / 5).Within(0.003));
        });
    }

    [TestCase(OptionRight.Put, 90.0, 0.05, 0.25)]
    [TestCase(OptionRight.Put, 120.0, 0.25, 0.40)]
    [TestCase(OptionRight.Call, 100.0, 0.5, 0.20)]
    [TestCase(OptionRight.Call, 130.0, 1.0, 0.60)]
    public void Iv_round_trip_through_the_tree(OptionRight right, double strike, double years, double volatility)
    {
        var price = AmericanBinomial.Price(right, 100, strike, years, 0.04, 0.03, volatility);
        var solved = AmericanImpliedVolatilitySolver.Solve(right, price, 100, strike, years, 0.04, 0.03);
        Assert.That(solved.Volatility, Is.EqualTo(volatility).Within(1e-6));
    }

    [Test]
    public void American_iv_failures_carry_their_reason()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AmericanImpliedVolatilitySolver.Solve(OptionRight.Put, 1, 100, 100, 0, 0.04, 0).FailureReason, Is.EqualTo("EXPIRED"));
            Assert.That(AmericanImpliedVolatilitySolver.Solve(OptionRight.Put, 0, 100, 100, 0.1, 0.04, 0).FailureReason, Is.EqualTo("NO_PRICE"));
            Assert.That(AmericanImpliedVolatilitySolver.Solve(OptionRight.Put, 9.5, 100, 110, 0.1, 0.04, 0).FailureReason, Is.EqualTo("PRICE_BELOW_INTRINSIC"));
            Assert.That(AmericanImpliedVolatilitySolver.Solve(OptionRight.Call, 100, 100, 110, 0.1, 0.04, 0).FailureReason, Is.EqualTo("PRICE_ABOVE_UPPER_BOUND"));
        });
    }

    [Test]
    public void A_short_dated_in_the_money_call_with_carry_solves_and_too_low_a_vol_is_refused()
    {
        // MSFT 2026-08-07 350 call on 2026-07-28 (10 days), mid 46.275 at S = 393.35: intrinsic 43.35, so an IV exists.
        var years = 10 / 365.0;
        var solved = AmericanImpliedVolatilitySolver.Solve(OptionRight.Call, 46.275, 393.35, 350, years, 0.043, 0.008);
        Assert.That(solved.Volatility, Is.Not.Null, solved.FailureReason);
        Assert.That(AmericanBinomial.Price(OptionRight.Call, 393.35, 350, years, 0.043, 0.008, solved.Volatility!.Value), Is.EqualTo(46.275).Within(1e-6));
        Assert.Throws<ArgumentOutOfRangeException>(() => AmericanBinomial.Price(OptionRight.Call, 393.35, 350, years, 0.043, 0.008, 1e-4));
    }
}
