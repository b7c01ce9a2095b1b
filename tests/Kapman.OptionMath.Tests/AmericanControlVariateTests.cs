using Kapman.MarketData;

namespace Kapman.OptionMath.Tests;

/// <summary>The live stage's American model: BSM plus the CRR early-exercise premium (Hull §21.3 control variate).</summary>
public sealed class AmericanControlVariateTests
{
    private static readonly double[] Strikes = [0.8, 0.9, 0.97, 1.0, 1.03, 1.1, 1.25];
    private static readonly int[] Days = [3, 10, 30, 90, 365, 730];

    [Test]
    public void Hull_american_put_converged_value_is_4_283()
    {
        // Hull §21.1: S = 50, K = 50, r = 10 %, σ = 40 %, T = 5 months; 500 steps give 4.283. The plain 48-step CRR tree is
        // off by about 0.7/N (Hull's 30, 50 and 100-step values 4.263, 4.272, 4.278); the control variate keeps 48 steps within 2 cents.
        Assert.That(AmericanControlVariate.Price(OptionRight.Put, 50, 50, 5.0 / 12, 0.10, 0, 0.40), Is.EqualTo(4.283).Within(0.02));
    }

    [TestCase(80.0)]
    [TestCase(100.0)]
    [TestCase(130.0)]
    public void Without_dividends_an_american_call_equals_the_european_call_exactly(double strike)
    {
        // Merton (1973): never exercise a call on a non-dividend stock early, so the premium is 0 on the tree and the value is BSM's.
        var european = BlackScholesMerton.Price(OptionRight.Call, 100, strike, 0.5, 0.05, 0, 0.3);
        Assert.Multiple(() =>
        {
            Assert.That(AmericanControlVariate.Price(OptionRight.Call, 100, strike, 0.5, 0.05, 0, 0.3), Is.EqualTo(european).Within(1e-12));
            Assert.That(EarlyExercisePremium.UpperBound(OptionRight.Call, 100, strike, 0.5, 0.05, 0, 0.3), Is.Zero);
            Assert.That(AmericanControlVariate.Greeks(OptionRight.Call, 100, strike, 0.5, 0.05, 0, 0.3).Delta,
                Is.EqualTo(BlackScholesMerton.Greeks(OptionRight.Call, 100, strike, 0.5, 0.05, 0, 0.3).Delta).Within(1e-12));
        });
    }

    [Test]
    public void American_put_is_worth_at_least_the_european_put_and_its_exercise_value()
    {
        foreach (var k in Strikes)
        {
            foreach (var days in Days)
            {
                var years = days / 365.0;
                var american = AmericanControlVariate.Price(OptionRight.Put, 100, 100 * k, years, 0.043, 0.012, 0.2);
                var european = BlackScholesMerton.Price(OptionRight.Put, 100, 100 * k, years, 0.043, 0.012, 0.2);
                Assert.That(american, Is.GreaterThanOrEqualTo(european), $"K {100 * k}, {days} d");
                Assert.That(american, Is.GreaterThanOrEqualTo(100 * k - 100 - 1e-9), $"K {100 * k}, {days} d");
            }
        }
    }

    [Test]
    public void Agrees_with_a_2000_step_crr_tree_within_three_cents()
    {
        foreach (var right in new[] { OptionRight.Put, OptionRight.Call })
        {
            foreach (var k in Strikes)
            {
                foreach (var days in Days)
                {
                    var years = days / 365.0;
                    var reference = AmericanBinomial.Price(right, 100, 100 * k, years, 0.043, 0.03, 0.25, 2000);
                    Assert.That(AmericanControlVariate.Price(right, 100, 100 * k, years, 0.043, 0.03, 0.25), Is.EqualTo(reference).Within(0.03), $"{right} K {100 * k}, {days} d");
                }
            }
        }
    }

    [Test]
    public void Premium_never_exceeds_its_upper_bound()
    {
        foreach (var right in new[] { OptionRight.Put, OptionRight.Call })
        {
            foreach (var k in Strikes)
            {
                foreach (var days in Days)
                {
                    foreach (var vol in new[] { 0.1, 0.3, 0.8 })
                    {
                        var years = days / 365.0;
                        var premium = AmericanBinomial.Price(right, 100, 100 * k, years, 0.05, 0.02, vol, 1000)
                            - BlackScholesMerton.Price(right, 100, 100 * k, years, 0.05, 0.02, vol);
                        var bound = EarlyExercisePremium.UpperBound(right, 100, 100 * k, years, 0.05, 0.02, vol);
                        Assert.That(premium, Is.LessThanOrEqualTo(bound + 2e-3), $"{right} K {100 * k}, {days} d, σ {vol}");
                    }
                }
            }
        }
    }

    [Test]
    public void With_no_rate_a_put_has_no_premium()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EarlyExercisePremium.UpperBound(OptionRight.Put, 100, 120, 1, 0, 0.02, 0.3), Is.Zero);
            Assert.That(EarlyExercisePremium.Value(OptionRight.Put, 100, 120, 1, 0, 0.02, 0.3, 64), Is.EqualTo(0).Within(1e-12));
        });
    }

    [Test]
    public void Iv_round_trips_through_the_american_model_over_moneyness_dte_and_vol()
    {
        foreach (var right in new[] { OptionRight.Put, OptionRight.Call })
        {
            foreach (var k in Strikes)
            {
                foreach (var days in Days)
                {
                    foreach (var vol in new[] { 0.08, 0.2, 0.5, 1.2 })
                    {
                        var years = days / 365.0;
                        var price = AmericanControlVariate.Price(right, 100, 100 * k, years, 0.043, 0.012, vol);
                        if (price - Math.Max(right == OptionRight.Call ? 100 - 100 * k : 100 * k - 100, 0) < 1e-3)
                        {
                            continue; // No time value: exercised at once, σ plays no part.
                        }

                        var solved = AmericanControlVariate.ImpliedVolatility(right, price, 100, 100 * k, years, 0.043, 0.012);
                        var label = $"{right} K {100 * k}, {days} d, σ {vol}: {solved.FailureReason}";
                        Assert.That(solved.Volatility, Is.Not.Null, label);
                        Assert.That(AmericanControlVariate.Price(right, 100, 100 * k, years, 0.043, 0.012, solved.Volatility!.Value), Is.EqualTo(price).Within(1e-6), label);

                        // σ itself is identified where the option has at least $0.10 of time value and one vol point moves it by at least
                        // a cent; deep in the money, where early exercise pins the value near K − S, the lattice's few-cent ripple leaves
                        // several σ with the same price, and only the repricing above can be asserted.
                        var perVolPoint = AmericanControlVariate.Price(right, 100, 100 * k, years, 0.043, 0.012, vol + 0.01) - price;
                        if (perVolPoint >= 0.01 && price - Math.Max(right == OptionRight.Call ? 100 - 100 * k : 100 * k - 100, 0) >= 0.10)
                        {
                            Assert.That(solved.Volatility, Is.EqualTo(vol).Within(1e-4), label);
                        }
                    }
                }
            }
        }
    }

    [Test]
    public void Iv_failures_carry_their_reasons()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AmericanControlVariate.ImpliedVolatility(OptionRight.Put, 19.5, 80, 100, 0.5, 0.04, 0).FailureReason, Is.EqualTo("PRICE_BELOW_INTRINSIC"));
            Assert.That(AmericanControlVariate.ImpliedVolatility(OptionRight.Put, 0, 80, 100, 0.5, 0.04, 0).FailureReason, Is.EqualTo("NO_PRICE"));
            Assert.That(AmericanControlVariate.ImpliedVolatility(OptionRight.Put, 5, 80, 100, 0, 0.04, 0).FailureReason, Is.EqualTo("EXPIRED"));
            Assert.That(AmericanControlVariate.ImpliedVolatility(OptionRight.Call, 81, 80, 100, 0.5, 0.04, 0).FailureReason, Is.EqualTo("PRICE_ABOVE_UPPER_BOUND"));
        });
    }

    [Test]
    public void Greeks_match_a_1000_step_crr_tree()
    {
        var fast = AmericanControlVariate.Greeks(OptionRight.Put, 100, 105, 0.25, 0.05, 0.01, 0.3);
        var tree = AmericanBinomial.Greeks(OptionRight.Put, 100, 105, 0.25, 0.05, 0.01, 0.3, 1000);
        Assert.Multiple(() =>
        {
            Assert.That(fast.Delta, Is.EqualTo(tree.Delta).Within(0.005));
            Assert.That(fast.Gamma, Is.EqualTo(tree.Gamma).Within(0.001));
            Assert.That(fast.ThetaPerDay, Is.EqualTo(tree.ThetaPerDay).Within(0.001));
            Assert.That(fast.VegaPerVolPoint, Is.EqualTo(tree.VegaPerVolPoint).Within(0.005));
            Assert.That(fast.Rho, Is.EqualTo(tree.Rho).Within(0.005));
        });
    }
}
