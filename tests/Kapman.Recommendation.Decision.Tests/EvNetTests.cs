using Kapman.MarketData;
using Kapman.Recommendation.Decision.Ev;
using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Decision.Tests;

/// <summary>
/// EV_net = POP·max_profit − (1 − POP)·max_loss − friction (docs/domain/decision-engine.md#ev_net, seed 003 Appendix C) on cases computed by hand; the friction model's
/// slippage and commissions on a hand-made spread.
/// </summary>
public class EvNetTests
{
    [TestCase(0.80, 0.95, 5.0, 1, 2.60, 95.0, 405.0, -7.60, TestName = "Credit put spread: 76 − 81 − 2.60")]
    [TestCase(0.70, 1.50, 5.0, 1, 5.20, 150.0, 350.0, -5.20, TestName = "Iron condor: 105 − 105 − 5.20")]
    [TestCase(0.85, 1.20, 5.0, 3, 7.80, 360.0, 1140.0, 127.20, TestName = "Three spreads: 306 − 171 − 7.80")]
    [TestCase(1.00, 0.50, 2.5, 2, 5.20, 100.0, 400.0, 94.80, TestName = "POP 1: the whole credit less friction")]
    public void Ev_net_matches_the_hand_computation(double pop, double credit, double width, int quantity, double friction, double maxProfit, double maxLoss, double expected)
    {
        var ev = EvNet.Compute(pop, credit, width, quantity, 100, friction);

        Assert.That(ev.MaxProfitUsd, Is.EqualTo(maxProfit).Within(1e-9));
        Assert.That(ev.MaxLossUsd, Is.EqualTo(maxLoss).Within(1e-9));
        Assert.That(ev.Value, Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public void Pop_outside_zero_to_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EvNet.Compute(1.01, 1, 5, 1, 100, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => EvNet.Compute(double.NaN, 1, 5, 1, 100, 0));
    }

    [Test]
    public void Friction_of_a_credit_put_spread_by_hand()
    {
        // Sold put mid 1.50 (1.45/1.55), bought put mid 0.50 (0.45/0.55): mid credit 1.00, half-spreads 0.05 + 0.05, slippage
        // 0.5 × 0.10 = 0.05, credit after slippage 0.95; commissions 0.65 × 2 legs × 2 orders = 2.60.
        var spread = Fixtures.Candidate(
            StructureType.CreditPutSpread,
            (Fixtures.Quote(OptionRight.Put, 90, 0.45, 0.55, -0.1), +1),
            (Fixtures.Quote(OptionRight.Put, 95, 1.45, 1.55, -0.2), -1));
        var model = new FrictionModel();

        Assert.That(spread.MidCredit, Is.EqualTo(1.00).Within(1e-12));
        Assert.That(FrictionCalculator.SlippagePerShare(spread, model), Is.EqualTo(0.05).Within(1e-12));
        Assert.That(FrictionCalculator.CreditAfterSlippage(spread, model), Is.EqualTo(0.95).Within(1e-12));
        Assert.That(FrictionCalculator.FrictionUsd(spread, 1, model), Is.EqualTo(2.60).Within(1e-12));
        Assert.That(FrictionCalculator.FrictionUsd(spread, 1, model with { ChargeClosingOrder = false, FeesPerContract = 0.05 }), Is.EqualTo(1.40).Within(1e-12));
        Assert.That(FrictionCalculator.CreditAfterSlippage(spread, model with { SlippageFractionOfHalfSpread = 1 }), Is.EqualTo(0.90).Within(1e-12), "fills at the natural price");
    }

    [Test]
    public void Slippage_in_the_credit_equals_slippage_as_friction()
    {
        // POP·(C − s)m − (1 − POP)(W − C + s)m − f = POP·C·m − (1 − POP)(W − C)m − (s·m + f): the seed's form counts slippage once.
        var seedForm = EvNet.Compute(0.8, 0.95, 5, 1, 100, 2.60).Value;
        var midForm = EvNet.Compute(0.8, 1.00, 5, 1, 100, 2.60 + (0.05 * 100)).Value;
        Assert.That(seedForm, Is.EqualTo(midForm).Within(1e-9));
    }
}
