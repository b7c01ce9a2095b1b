using Kapman.MarketData;

namespace Kapman.OptionMath.Tests;

public sealed class ImpliedVolatilitySolverTests
{
    private const double Spot = 100, Rate = 0.043, DividendYield = 0.012;

    [Test]
    public void Round_trip_recovers_the_volatility_across_moneyness_and_maturity()
    {
        var checkedCases = 0;
        foreach (var right in new[] { OptionRight.Call, OptionRight.Put })
        {
            for (var moneyness = 0.5; moneyness <= 1.5001; moneyness += 0.1)
            {
                foreach (var days in new[] { 2, 7, 30, 91, 365, 730 })
                {
                    foreach (var volatility in new[] { 0.08, 0.2, 0.5, 1.2, 3.0 })
                    {
                        var strike = Spot * moneyness;
                        var years = days / 365.0;
                        var price = BlackScholesMerton.Price(right, Spot, strike, years, Rate, DividendYield, volatility);
                        var floor = BlackScholesMerton.Price(right, Spot, strike, years, Rate, DividendYield, 0.0);
                        if (price - floor < 1e-3)
                        {
                            continue; // less than a tenth of a cent of time value: the volatility is not observable
                        }

                        var result = ImpliedVolatilitySolver.Solve(right, price, Spot, strike, years, Rate, DividendYield);
                        var label = $"{right} K/S={moneyness:F1} {days}d σ={volatility}";
                        Assert.That(result.FailureReason, Is.Null, label);
                        Assert.That(result.Volatility, Is.EqualTo(volatility).Within(1e-6), label);
                        checkedCases++;
                    }
                }
            }
        }

        Assert.That(checkedCases, Is.GreaterThan(400), "the grid of 660 cases must mostly be exercised");
    }

    [Test]
    public void Round_trip_on_deep_in_the_money_short_dated_options()
    {
        // SPY-like: 5 days, strike 15 % below spot, high volatility so that the time value is visible.
        var price = BlackScholesMerton.Price(OptionRight.Call, 645.16, 550, 5 / 365.0, Rate, DividendYield, 0.9);
        var result = ImpliedVolatilitySolver.Solve(OptionRight.Call, price, 645.16, 550, 5 / 365.0, Rate, DividendYield);
        Assert.That(result.Volatility, Is.EqualTo(0.9).Within(1e-6));
    }

    [TestCase(0.0)]
    [TestCase(-1.0)]
    public void Expired_when_no_time_is_left(double years)
    {
        var result = ImpliedVolatilitySolver.Solve(OptionRight.Call, 1.0, Spot, 100, years, Rate, DividendYield);
        Assert.That(result, Is.EqualTo(new ImpliedVolatilityResult(null, "EXPIRED")));
    }

    [TestCase(0.0)]
    [TestCase(-0.5)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void No_price_when_the_price_is_not_positive_and_finite(double price)
    {
        var result = ImpliedVolatilitySolver.Solve(OptionRight.Put, price, Spot, 100, 0.5, Rate, DividendYield);
        Assert.That(result, Is.EqualTo(new ImpliedVolatilityResult(null, "NO_PRICE")));
    }

    [Test]
    public void Below_intrinsic_when_under_the_discounted_forward_intrinsic()
    {
        // call lower bound: 100·e^(−0.012) − 80·e^(−0.043) = 98.807 − 76.633 = 22.17
        var result = ImpliedVolatilitySolver.Solve(OptionRight.Call, 22.0, Spot, 80, 1.0, Rate, DividendYield);
        Assert.That(result, Is.EqualTo(new ImpliedVolatilityResult(null, "PRICE_BELOW_INTRINSIC")));
    }

    [Test]
    public void Above_upper_bound_when_a_call_costs_the_discounted_spot_or_a_put_the_discounted_strike()
    {
        var call = ImpliedVolatilitySolver.Solve(OptionRight.Call, 99.0, Spot, 100, 1.0, Rate, DividendYield);
        var put = ImpliedVolatilitySolver.Solve(OptionRight.Put, 96.0, Spot, 100, 1.0, Rate, DividendYield);
        Assert.That(call.FailureReason, Is.EqualTo("PRICE_ABOVE_UPPER_BOUND")); // bound 100·e^(−0.012) = 98.81
        Assert.That(put.FailureReason, Is.EqualTo("PRICE_ABOVE_UPPER_BOUND"));  // bound 100·e^(−0.043) = 95.79
    }

    [Test]
    public void No_convergence_when_the_volatility_lies_outside_the_bracket()
    {
        // r = q = 0, S = K = 100, T = 1: the 500 % price is 100·(N(2.5) − N(−2.5)) = 98.76, the 0.01 % price 0.004.
        var tooHigh = ImpliedVolatilitySolver.Solve(OptionRight.Call, 99.5, 100, 100, 1.0, 0.0, 0.0);
        var tooLow = ImpliedVolatilitySolver.Solve(OptionRight.Call, 0.001, 100, 100, 1.0, 0.0, 0.0);
        Assert.That(tooHigh.FailureReason, Is.EqualTo("NO_CONVERGENCE"));
        Assert.That(tooLow.FailureReason, Is.EqualTo("NO_CONVERGENCE"));
    }

    [Test]
    public void Far_out_of_the_money_penny_options_solve_to_a_price_that_reprices()
    {
        // A 2-day SPY put 10 % out of the money quoted at $0.01.
        var result = ImpliedVolatilitySolver.Solve(OptionRight.Put, 0.01, 645.16, 580, 2 / 365.0, Rate, DividendYield);
        Assert.That(result.Volatility, Is.Not.Null);
        var repriced = BlackScholesMerton.Price(OptionRight.Put, 645.16, 580, 2 / 365.0, Rate, DividendYield, result.Volatility!.Value);
        Assert.That(repriced, Is.EqualTo(0.01).Within(1e-9));
    }
}
