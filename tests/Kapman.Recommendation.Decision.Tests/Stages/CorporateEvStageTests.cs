using Kapman.MarketData;
using Kapman.Recommendation.Decision.Ev;
using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Stages;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;

namespace Kapman.Recommendation.Decision.Tests.Stages;

/// <summary>
/// Stage G on the hand-made condor +P85 −P92 −C107 +C112 (expiry 2025-10-10, spot 100, now 2025-08-26 14:00 New York, r 0.043,
/// q 0.012). Reference values by hand in Python (math.erfc for Φ): T = (45 + 2/24)/365; POP = 1 − Φ(−z(92, 0.27)) −
/// Φ(z(107, 0.17)) = 0.672236; touch 92 = 0.381928, touch 107 = 0.267534; net BSM gamma −0.042072 → gamma loss of a $1 move
/// 0.5 × 0.042072 × 1² × 100 = 2.103609; EV_net = 0.672236 × 136 − 0.327764 × 564 − 5.20 = −98.634588.
/// </summary>
public class CorporateEvStageTests
{
    private static readonly GuardThresholds Lenient = new(MinEvNetUsd: -1e9, MaxProbabilityOfTouch: 1, MaxGammaLossOnePercentUsd: 1e9);

    [Test]
    public void A_missing_corporate_source_blocks_a_credit_spread()
    {
        var spread = Fixtures.Candidate(StructureType.CreditPutSpread, Leg(OptionRight.Put, 85, +1), Leg(OptionRight.Put, 92, -1));

        var outcome = CorporateEvStage.Evaluate(spread, Fixtures.Input(StructureType.CreditPutSpread, noCorporateSource: true), Lenient, new FrictionModel());

        Assert.That(outcome.Verdict.Passed, Is.False);
        Assert.That(outcome.Verdict.Reason, Is.EqualTo("No corporate-events source: credit structure blocked (fail closed for credit strategies, R9)"));
        Assert.That(outcome.Ev, Is.Null);
    }

    [Test]
    public void A_source_with_no_events_lets_the_spread_through()
    {
        var spread = Fixtures.Candidate(StructureType.CreditPutSpread, Leg(OptionRight.Put, 85, +1), Leg(OptionRight.Put, 92, -1));
        Assert.That(CorporateEvStage.Evaluate(spread, Fixtures.Input(StructureType.CreditPutSpread), Lenient, new FrictionModel()).Verdict.Passed, Is.True);
    }

    [TestCase(-1, true, TestName = "Earnings yesterday: pass")]
    [TestCase(0, false, TestName = "Earnings today: block")]
    [TestCase(46, false, TestName = "Earnings the day after expiration (buffer 1): block")]
    [TestCase(47, true, TestName = "Earnings two days after expiration: pass")]
    public void Earnings_window(int daysFromToday, bool passes)
    {
        var calendar = new CorporateCalendar("test", [new CorporateEvent(CorporateEventKind.Earnings, Fixtures.Session.AddDays(daysFromToday))]);

        var outcome = CorporateEvStage.Evaluate(Condor(), Fixtures.Input(corporate: calendar), Lenient, new FrictionModel());

        Assert.That(outcome.Verdict.Passed, Is.EqualTo(passes), outcome.Verdict.ToString());
    }

    [TestCase(0.91, 45, true, TestName = "Dividend 0.91 below the sold call's extrinsic 0.92: pass")]
    [TestCase(0.93, 45, false, TestName = "Dividend 0.93 above the extrinsic: early-assignment risk, block")]
    [TestCase(null, 45, false, TestName = "Dividend amount unknown: block")]
    [TestCase(0.92, 46, true, TestName = "Ex-date after expiration: pass")]
    public void Ex_dividend_against_the_sold_call(double? dividend, int daysFromToday, bool passes)
    {
        var calendar = new CorporateCalendar("test", [new CorporateEvent(CorporateEventKind.ExDividend, Fixtures.Session.AddDays(daysFromToday), dividend)]);
        var callSpread = Fixtures.Candidate(StructureType.CreditCallSpread, Leg(OptionRight.Call, 107, -1), Leg(OptionRight.Call, 112, +1));

        var outcome = CorporateEvStage.Evaluate(callSpread, Fixtures.Input(StructureType.CreditCallSpread, corporate: calendar), Lenient, new FrictionModel());

        Assert.That(outcome.Verdict.Passed, Is.EqualTo(passes), outcome.Verdict.ToString());
    }

    [Test]
    public void Ex_dividend_does_not_judge_a_put_spread()
    {
        var calendar = new CorporateCalendar("test", [new CorporateEvent(CorporateEventKind.ExDividend, Fixtures.Session.AddDays(10))]);
        var spread = Fixtures.Candidate(StructureType.CreditPutSpread, Leg(OptionRight.Put, 85, +1), Leg(OptionRight.Put, 92, -1));
        Assert.That(CorporateEvStage.Evaluate(spread, Fixtures.Input(StructureType.CreditPutSpread, corporate: calendar), Lenient, new FrictionModel()).Verdict.Passed, Is.True);
    }

    [Test]
    public void Pop_touch_gamma_and_ev_match_the_hand_computation()
    {
        var outcome = CorporateEvStage.Evaluate(Condor(), Fixtures.Input(), Lenient, new FrictionModel());

        Assert.That(outcome.Ev!.Pop, Is.EqualTo(0.67223630326076).Within(1e-9));
        Assert.That(outcome.Ev.CreditAfterSlippage, Is.EqualTo(1.36).Within(1e-12));
        Assert.That(outcome.Ev.WingWidth, Is.EqualTo(7));
        Assert.That(outcome.Ev.Value, Is.EqualTo(-98.634587717468).Within(1e-6));
        Assert.That(Value(outcome, "P00092000 probability of touch"), Is.EqualTo(0.381928002572873).Within(1e-9));
        Assert.That(Value(outcome, "C00107000 probability of touch"), Is.EqualTo(0.267534398700188).Within(1e-9));
        Assert.That(Value(outcome, "gamma loss on a 1% move usd"), Is.EqualTo(2.10360858768128).Within(1e-6));
        // Breakevens 92 − 1.36 = 90.64 and 107 + 1.36 = 108.36: 1 − Φ(−z(90.64, 0.27)) − Φ(z(108.36, 0.17)) = 0.752995 (by hand).
        Assert.That(Value(outcome, "pop (between breakevens)"), Is.EqualTo(0.752994557450323).Within(1e-9));
    }

    [TestCase(-98.64, true, TestName = "EV_net −98.63 above a minimum of −98.64: pass")]
    [TestCase(-98.63, false, TestName = "EV_net −98.63 below a minimum of −98.63: reject")]
    public void Ev_net_minimum(double minimum, bool passes)
    {
        var outcome = CorporateEvStage.Evaluate(Condor(), Fixtures.Input(), Lenient with { MinEvNetUsd = minimum }, new FrictionModel());
        Assert.That(outcome.Verdict.Passed, Is.EqualTo(passes), outcome.Verdict.ToString());
    }

    [TestCase(0.382, true, TestName = "Largest touch 0.3819 within 0.382: pass")]
    [TestCase(0.381, false, TestName = "Largest touch 0.3819 above 0.381: reject")]
    public void Touch_maximum(double maximum, bool passes)
    {
        var outcome = CorporateEvStage.Evaluate(Condor(), Fixtures.Input(), Lenient with { MaxProbabilityOfTouch = maximum }, new FrictionModel());
        Assert.That(outcome.Verdict.Passed, Is.EqualTo(passes), outcome.Verdict.ToString());
    }

    [TestCase(2.11, true, TestName = "Gamma loss 2.104 within a cap of 2.11: pass")]
    [TestCase(2.10, false, TestName = "Gamma loss 2.104 above a cap of 2.10: reject")]
    public void Gamma_loss_cap(double cap, bool passes)
    {
        var outcome = CorporateEvStage.Evaluate(Condor(), Fixtures.Input(), Lenient with { MaxGammaLossOnePercentUsd = cap }, new FrictionModel());
        Assert.That(outcome.Verdict.Passed, Is.EqualTo(passes), outcome.Verdict.ToString());
    }

    [Test]
    public void The_default_thresholds_reject_the_negative_ev_condor()
    {
        var outcome = CorporateEvStage.Evaluate(Condor(), Fixtures.Input(), new GuardThresholds(), new FrictionModel());

        Assert.That(outcome.Verdict.Passed, Is.False);
        Assert.That(outcome.Verdict.Reason, Does.Contain("ev_net usd"));
    }

    private static Candidate Condor() => Fixtures.Candidate(
        StructureType.IronCondor,
        Leg(OptionRight.Put, 85, +1), Leg(OptionRight.Put, 92, -1), Leg(OptionRight.Call, 107, -1), Leg(OptionRight.Call, 112, +1));

    private static (Kapman.Recommendation.Decision.Chain.ChainQuote, int) Leg(OptionRight right, double strike, int quantity) =>
        (Fixtures.Strikes45().Single(q => q.Right == right && q.Strike == strike), quantity);

    private static double? Value(CorporateEvOutcome outcome, string nameEnd) =>
        outcome.Verdict.Compared.Single(c => c.Name.EndsWith(nameEnd, StringComparison.Ordinal)).Actual;
}
