using Kapman.MarketData;
using Kapman.Recommendation.Decision.Ev;
using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Stages;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;

namespace Kapman.Recommendation.Decision.Tests.Stages;

/// <summary>
/// Stages F and G for the structures of seed 003 Appendix H beyond the condor and the credit spreads, on hand-made chains
/// (spot 100, expiry 2025-10-10, now 2025-08-26 14:00 New York, r 0.043, q 0.012): legs, credit after slippage, max profit and
/// loss, breakevens, POP and EV_net. Slippage is 0.5 × Σ|q| × half-spread; friction $0.65 × contracts × 2 orders. The POPs are
/// computed by hand in Python with math.erf for Φ: T = (45 + 2/24)/365, μ = 0.043 − 0.012, P(S_T &gt; K) = Φ((ln(100/K) +
/// (μ − σ²/2)T)/(σ√T)).
/// </summary>
public class AppendixHStructureTests
{
    private static readonly GuardThresholds Lenient = new(MinEvNetUsd: -1e9, MaxProbabilityOfTouch: 1, MaxGammaLossOnePercentUsd: 1e9);

    public static IEnumerable<TestCaseData> Cases()
    {
        // Iron fly on Fixtures.Strikes45: body = the only strike with a put and a call, 100 (call Δ 0.50). Skew 0.26 − 0.18 =
        // 0.08 > 0.02 → put wing 7.5, wanted 92.5 → P92; call wing 5, wanted 105 → C104 (1 away, C107 is 2).
        // Mid credit 3.02 + 3.22 − 1.02 − 1.82 = 3.40; slippage 0.5 × 4 × 0.02 = 0.04 → 3.36. Payoff: at 0 and 92,
        // 3.36 − (100 − 92) = −4.64; at 100, 3.36; above 104, 3.36 − 4 = −0.64 → max profit 336, max loss 464.
        // Breakevens 100 ∓ 3.36 = 96.64, 103.36. POP = P(96.64 < S_T < 103.36), lower at P100's IV 0.21 (nearest leg, sold),
        // upper at C104's 0.18 → 0.372871. EV = 0.372871 × 336 − 0.627129 × 464 − 5.20 = −170.903419.
        yield return new TestCaseData(StructureType.IronFly, "strikes45", null,
            new[] { "+P92", "-P100", "-C100", "+C104" }, 3.36, 336d, 464d, new[] { 96.64, 103.36 }, 0.37287072564077595, -170.9034194873792)
            .SetName("Iron fly: -P100 -C100 inside +P92 +C104");

        // Debit butterfly on Fixtures.ButterflyCalls: body C100 (Δ 0.52 nearest 0.50), wings at 100 ∓ 5. Mid credit
        // −6.25 + 2 × 3.05 − 1.23 = −1.38; slippage 0.5 × (0.05 + 2 × 0.05 + 0.03) = 0.09 → −1.47 (a 1.47 debit). Max profit
        // 5 − 1.47 = 3.53 → 353; max loss the debit, 147. Breakevens 95 + 1.47 = 96.47, 105 − 1.47 = 103.53, at C95's IV 0.21 and
        // C105's 0.19 → POP 0.382038. EV = 0.382038 × 353 − 0.617962 × 147 − 5.20 = 38.818888.
        yield return new TestCaseData(StructureType.Butterfly, "butterfly", null,
            new[] { "+C95", "-2 C100", "+C105" }, -1.47, 353d, 147d, new[] { 96.47, 103.53 }, 0.3820377766512221, 38.81888832561107)
            .SetName("Debit butterfly: +C95 -2 C100 +C105 for a 1.47 debit");

        // Cash-secured put: P92 (|Δ| 0.165 nearest 0.16). Credit 1.02 − 0.5 × 0.02 = 1.01; max loss 92 − 1.01 = 90.99 → 9,099
        // (the stock to zero); max profit 101; breakeven 90.99. POP = P(S_T > 92) at 0.27 = 0.808291 (Appendix C, the sold
        // put out of the money). EV = 0.808291 × 101 − 0.191709 × 9099 − 1.30 = −1664.025711.
        var csp = new object[] { new[] { "-P92" }, 1.01, 101d, 9099d, new[] { 90.99 }, 0.8082906835800185, -1664.0257110638292 };
        yield return new TestCaseData([StructureType.CashSecuredPut, "strikes45", null, .. csp]).SetName("Cash-secured put: -P92");
        yield return new TestCaseData([StructureType.Wheel, "strikes45", null, .. csp]).SetName("Wheel without shares: the cash-secured put");

        // Covered call with 100 shares at 100: C107 (Δ 0.155). Credit 0.92 − 0.01 = 0.91. Position at expiry: 0.91 + (S_T − 100)
        // − max(0, S_T − 107): max profit 7 + 0.91 = 7.91 → 791, max loss 100 − 0.91 = 99.09 → 9,909, breakeven 99.09.
        // POP = P(S_T > 99.09) at C107's 0.17 = 0.574257. EV = 0.574257 × 791 − 0.425743 × 9909 − 1.30 = −3765.750449.
        var cc = new object[] { new[] { "-C107" }, 0.91, 791d, 9909d, new[] { 99.09 }, 0.5742569673501268, -3765.7504493536435 };
        yield return new TestCaseData([StructureType.CoveredCall, "strikes45", 100L, .. cc]).SetName("Covered call on 100 shares: -C107");
        yield return new TestCaseData([StructureType.Wheel, "strikes45", 200L, .. cc]).SetName("Wheel with 200 shares: the covered call");
    }

    [TestCaseSource(nameof(Cases))]
    public void Legs_premium_extremes_breakevens_and_ev(
        StructureType structure, string chain, long? shares, string[] legs, double credit, double maxProfitUsd, double maxLossUsd, double[] breakevens,
        double pop, double evNet)
    {
        var input = Input(structure, chain, shares);
        var candidate = Select(input);

        Assert.That(Legs(candidate), Is.EqualTo(legs));
        var ev = CorporateEvStage.Evaluate(candidate, input, Lenient, new FrictionModel()).Ev!;
        Assert.That(ev.CreditAfterSlippage, Is.EqualTo(credit).Within(1e-9));
        Assert.That(ev.MaxProfitUsd, Is.EqualTo(maxProfitUsd).Within(1e-7));
        Assert.That(ev.MaxLossUsd, Is.EqualTo(maxLossUsd).Within(1e-7));
        Assert.That(ExpiryPayoff.Of(candidate, credit).Breakevens, Is.EqualTo(breakevens).Within(1e-9));
        Assert.That(ev.Pop, Is.EqualTo(pop).Within(1e-9));
        Assert.That(ev.Value, Is.EqualTo(evNet).Within(1e-6));
    }

    [Test]
    public void The_butterfly_takes_the_listed_equal_wings_nearest_the_configured_width()
    {
        // Wing 10: distances listed on both sides of 100 are 5 and 10 → 10: +C90 −2 C100 +C110.
        var input = Input(StructureType.Butterfly, "butterfly", null);
        var outcome = StructureStage.Select(input, Eligibility(input), new StructureThresholds(WingWidth: 10), new FrictionModel());

        Assert.That(Legs(outcome.Candidate!), Is.EqualTo(new[] { "+C90", "-2 C100", "+C110" }));
    }

    [Test]
    public void The_butterfly_rejects_without_a_call_below_the_body()
    {
        // Fixtures.Strikes45 lists no call under 100: no equal wings.
        var input = Input(StructureType.Butterfly, "strikes45", null);
        var outcome = StructureStage.Select(input, Eligibility(input), new StructureThresholds(), new FrictionModel());

        Assert.That(outcome.Verdict.Passed, Is.False);
        Assert.That(outcome.Verdict.Reason, Does.Contain("equal wings listed: 0 >= 1 FAIL"));
    }

    [Test]
    public void A_missing_corporate_source_does_not_block_the_debit_butterfly_but_blocks_the_put()
    {
        var fly = Input(StructureType.Butterfly, "butterfly", null) with { Corporate = null };
        var put = Input(StructureType.CashSecuredPut, "strikes45", null) with { Corporate = null };

        var flyOutcome = CorporateEvStage.Evaluate(Select(fly), fly, Lenient, new FrictionModel());
        var putOutcome = CorporateEvStage.Evaluate(Select(put), put, Lenient, new FrictionModel());

        Assert.That(flyOutcome.Verdict.Passed, Is.True, flyOutcome.Verdict.ToString());
        Assert.That(flyOutcome.Verdict.Compared[0].ToString(), Is.EqualTo("corporate-events source configured: 0"));
        Assert.That(putOutcome.Verdict.Passed, Is.False);
        Assert.That(putOutcome.Verdict.Reason, Does.StartWith("No corporate-events source: credit structure blocked"));
    }

    [Test]
    public void Touch_caps_the_iron_fly_but_only_informs_the_butterfly()
    {
        // Both sell at the money (strike 100 = spot): the touch of 100 is about 1. The fly is a credit structure (capped at 0.5);
        // the butterfly's body is meant to be reached (reported only).
        var guard = Lenient with { MaxProbabilityOfTouch = 0.5 };
        var fly = Input(StructureType.IronFly, "strikes45", null);
        var butterfly = Input(StructureType.Butterfly, "butterfly", null);

        var flyVerdict = CorporateEvStage.Evaluate(Select(fly), fly, guard, new FrictionModel()).Verdict;
        var butterflyVerdict = CorporateEvStage.Evaluate(Select(butterfly), butterfly, guard, new FrictionModel()).Verdict;

        Assert.That(flyVerdict.Passed, Is.False);
        Assert.That(flyVerdict.Reason, Does.Contain("P00100000 probability of touch"));
        Assert.That(butterflyVerdict.Passed, Is.True, butterflyVerdict.ToString());
    }

    internal static DecisionInput Input(StructureType structure, string chain, long? shares) => Fixtures.Input(
        structure,
        Fixtures.Chain(chain == "butterfly" ? Fixtures.ButterflyCalls() : Fixtures.Strikes45()),
        holding: shares is { } s ? new StockHolding(s) : null);

    private static EligibilityOutcome Eligibility(DecisionInput input) => EligibilityStage.Evaluate(input, new DteThresholds());

    private static Candidate Select(DecisionInput input)
    {
        var outcome = StructureStage.Select(input with { Structure = input.Structure.Resolve(input.Holding) }, Eligibility(input), new StructureThresholds(), new FrictionModel());
        Assert.That(outcome.Verdict.Passed, Is.True, outcome.Verdict.ToString());
        return outcome.Candidate!;
    }

    private static string[] Legs(Candidate candidate) =>
        candidate.Legs.Select(l => $"{(l.IsShort ? "-" : "+")}{(Math.Abs(l.Quantity) > 1 ? Math.Abs(l.Quantity) + " " : "")}{(l.Quote.Right == OptionRight.Put ? "P" : "C")}{l.Quote.Strike:0.##}").ToArray();
}
