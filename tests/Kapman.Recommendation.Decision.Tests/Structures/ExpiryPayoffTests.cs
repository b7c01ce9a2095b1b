using Kapman.MarketData;
using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Decision.Tests.Structures;

/// <summary>
/// <see cref="ExpiryPayoff"/> on hand-made legs (quotes irrelevant: the premium is an argument), against P&amp;L diagrams drawn by
/// hand (Hull, 10th ed., ch. 12).
/// </summary>
public class ExpiryPayoffTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        // Credit put spread 95/100 for 1.50: loses 5 − 1.5 = 3.5 below 95, keeps 1.5 above 100, breakeven 100 − 1.5.
        yield return new TestCaseData(Build(StructureType.CreditPutSpread, 0, (OptionRight.Put, 95, +1), (OptionRight.Put, 100, -1)), 1.5, 1.5, 3.5, new[] { 98.5 })
            .SetName("Put spread 95/100 at 1.50");

        // Iron condor 90/95/105/112 for 2: the wider (call) wing 7 bounds the loss, 7 − 2 = 5; breakevens 93 and 107.
        yield return new TestCaseData(
                Build(StructureType.IronCondor, 0, (OptionRight.Put, 90, +1), (OptionRight.Put, 95, -1), (OptionRight.Call, 105, -1), (OptionRight.Call, 112, +1)),
                2d, 2d, 5d, new[] { 93d, 107d })
            .SetName("Condor with unequal wings at 2.00");

        // Long call butterfly 95/100/105 for a 1.20 debit: max profit 5 − 1.2 = 3.8 at 100, max loss 1.2, breakevens 96.2, 103.8.
        yield return new TestCaseData(Build(StructureType.Butterfly, 0, (OptionRight.Call, 95, +1), (OptionRight.Call, 100, -2), (OptionRight.Call, 105, +1)), -1.2, 3.8, 1.2, new[] { 96.2, 103.8 })
            .SetName("Call butterfly 95/100/105 at a 1.20 debit");

        // Cash-secured put 90 for 1: the stock to zero loses 90 − 1 = 89, breakeven 89.
        yield return new TestCaseData(Build(StructureType.CashSecuredPut, 0, (OptionRight.Put, 90, -1)), 1d, 1d, 89d, new[] { 89d })
            .SetName("Cash-secured put 90 at 1.00");

        // Covered call 107 for 0.80 on 100 shares at 100: capped at 7.80, loses 99.20 at zero, breakeven 99.20.
        yield return new TestCaseData(Build(StructureType.CoveredCall, 100, (OptionRight.Call, 107, -1)), 0.8, 7.8, 99.2, new[] { 99.2 })
            .SetName("Covered call 107 at 0.80 on 100 shares");
    }

    [TestCaseSource(nameof(Cases))]
    public void Extremes_and_breakevens(Candidate candidate, double premium, double maxProfit, double maxLoss, double[] breakevens)
    {
        var payoff = ExpiryPayoff.Of(candidate, premium);

        Assert.That(payoff.MaxProfit, Is.EqualTo(maxProfit).Within(1e-12));
        Assert.That(payoff.MaxLoss, Is.EqualTo(maxLoss).Within(1e-12));
        Assert.That(payoff.Breakevens, Is.EqualTo(breakevens).Within(1e-12));
    }

    [Test]
    public void A_naked_call_has_an_unbounded_loss_and_one_profit_interval()
    {
        // Sold call 105 for 1 (not a structure of the core; the payoff still reads it): slope −1 above 105.
        var payoff = ExpiryPayoff.Of(Build(StructureType.CreditCallSpread, 0, (OptionRight.Call, 105, -1)), 1d);

        Assert.That(payoff.MaxLoss, Is.EqualTo(double.PositiveInfinity));
        Assert.That(payoff.ProfitIntervals(), Is.EqualTo(new (double?, double?)[] { (null, 106d) }));
    }

    [Test]
    public void The_butterfly_profits_between_its_breakevens_only()
    {
        var payoff = ExpiryPayoff.Of(Build(StructureType.Butterfly, 0, (OptionRight.Call, 95, +1), (OptionRight.Call, 100, -2), (OptionRight.Call, 105, +1)), -1.2);

        Assert.That(payoff.ProfitIntervals(), Is.EqualTo(new (double?, double?)[] { (96.2, 103.8) }).Within(1e-12));
        Assert.That(payoff.ValueAt(100), Is.EqualTo(3.8).Within(1e-12));
        Assert.That(payoff.ValueAt(80), Is.EqualTo(-1.2).Within(1e-12));
    }

    private static Candidate Build(StructureType structure, int shares, params (OptionRight Right, double Strike, int Quantity)[] legs) =>
        new(structure, "XYZ", 100, Fixtures.Expiry45, legs.Select(l => new StructureLeg(Fixtures.Quote(l.Right, l.Strike, 1, 1.02, null), l.Quantity, 0)).ToList(), shares);
}
