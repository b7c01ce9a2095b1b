using static Kapman.Recommendation.Core.Tests.Chains;

namespace Kapman.Recommendation.Core.Tests.Strategies;

using Kapman.Recommendation.Core.Strategies;

/// <summary>Textbook expiry payoffs, computed by hand from the strikes and premiums ($ per share).</summary>
public sealed class PayoffProfileTests
{
    private static TradeLeg Buy(ChainContract c, double price) => new(c, LegSide.Buy, price);

    private static TradeLeg Sell(ChainContract c, double price) => new(c, LegSide.Sell, price);

    private static void Check(PayoffProfile profile, double net, double? maxProfit, double maxLoss, double breakeven)
    {
        Assert.Multiple(() =>
        {
            Assert.That(profile.NetPremium, Is.EqualTo(net).Within(1e-12));
            Assert.That(profile.MaxProfit, maxProfit is null ? Is.Null : Is.EqualTo(maxProfit.Value).Within(1e-12));
            Assert.That(profile.MaxLoss, Is.EqualTo(maxLoss).Within(1e-12));
            Assert.That(profile.Breakeven(), Is.EqualTo(breakeven).Within(1e-12));
        });
    }

    [Test]
    public void Long_call_loses_the_premium_and_gains_without_bound_above_strike_plus_premium() =>
        Check(new PayoffProfile([Buy(Call(60, 100, 0.5), 5)]), net: 5, maxProfit: null, maxLoss: 5, breakeven: 105);

    [Test]
    public void Long_put_gains_at_most_strike_minus_premium() =>
        Check(new PayoffProfile([Buy(Put(60, 100, -0.5), 4)]), net: 4, maxProfit: 96, maxLoss: 4, breakeven: 96);

    [Test]
    public void Cash_secured_put_keeps_the_credit_and_risks_strike_minus_credit() =>
        Check(new PayoffProfile([Sell(Put(40, 95, -0.25), 2)]), net: -2, maxProfit: 2, maxLoss: 93, breakeven: 93);

    [Test]
    public void Bull_call_debit_spread_100_110_for_3() =>
        Check(new PayoffProfile([Buy(Call(45, 100, 0.5), 5), Sell(Call(45, 110, 0.3), 2)]), net: 3, maxProfit: 7, maxLoss: 3, breakeven: 103);

    [Test]
    public void Bear_put_debit_spread_100_90_for_3() =>
        Check(new PayoffProfile([Buy(Put(45, 100, -0.5), 4.5), Sell(Put(45, 90, -0.3), 1.5)]), net: 3, maxProfit: 7, maxLoss: 3, breakeven: 97);

    [Test]
    public void Bull_put_credit_spread_95_90_for_2() =>
        Check(new PayoffProfile([Buy(Put(45, 90, -0.15), 1), Sell(Put(45, 95, -0.3), 3)]), net: -2, maxProfit: 2, maxLoss: 3, breakeven: 93);

    [Test]
    public void Bear_call_credit_spread_105_110_for_1_50() =>
        Check(new PayoffProfile([Buy(Call(45, 110, 0.15), 1), Sell(Call(45, 105, 0.3), 2.5)]), net: -1.5, maxProfit: 1.5, maxLoss: 3.5, breakeven: 106.5);

    [Test]
    public void Payoff_at_points_matches_the_hockey_sticks()
    {
        var spread = new PayoffProfile([Buy(Call(45, 100, 0.5), 5), Sell(Call(45, 110, 0.3), 2)]);
        Assert.Multiple(() =>
        {
            Assert.That(spread.At(95), Is.EqualTo(-3).Within(1e-12));
            Assert.That(spread.At(105), Is.EqualTo(2).Within(1e-12));
            Assert.That(spread.At(120), Is.EqualTo(7).Within(1e-12));
        });
    }
}
