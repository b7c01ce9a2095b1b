using Kapman.MarketData;
using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Ev;
using Kapman.Recommendation.Decision.Stages;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;

namespace Kapman.Recommendation.Decision.Tests.Stages;

/// <summary>
/// Stage F on the hand-made chain of <see cref="Fixtures.Strikes45"/>: sold legs nearest |Δ| 0.16 (92 put at −0.165, 107 call at
/// 0.155), wings of $5, the put wing × 1.5 when the 25-delta skew (95 put IV − 104 call IV) exceeds 2 vol points.
/// </summary>
public class StructureStageTests
{
    [Test]
    public void Iron_condor_with_elevated_put_skew_widens_the_put_wing()
    {
        // Skew 0.26 − 0.18 = 0.08 > 0.02: put wing 7.5, wanted 92 − 7.5 = 84.5, nearest listed put below 92 is 85.
        var candidate = Select(StructureType.IronCondor, Fixtures.Strikes45());

        Assert.That(Legs(candidate), Is.EqualTo(new[] { "+P85", "-P92", "-C107", "+C112" }));
        Assert.That(candidate.PutWingWidth, Is.EqualTo(7));
        Assert.That(candidate.CallWingWidth, Is.EqualTo(5));
        Assert.That(candidate.MidCredit, Is.EqualTo(1.02 - 0.22 + 0.92 - 0.32).Within(1e-12));
    }

    [Test]
    public void Iron_condor_with_flat_skew_keeps_both_wings()
    {
        // Skew 0: put wing 5, wanted 87, nearest listed put below 92 is 88.
        var candidate = Select(StructureType.IronCondor, Fixtures.Strikes45(flatSkew: true));

        Assert.That(Legs(candidate), Is.EqualTo(new[] { "+P88", "-P92", "-C107", "+C112" }));
    }

    [Test]
    public void Credit_spreads_take_one_side()
    {
        Assert.That(Legs(Select(StructureType.CreditPutSpread, Fixtures.Strikes45())), Is.EqualTo(new[] { "+P85", "-P92" }));
        Assert.That(Legs(Select(StructureType.CreditCallSpread, Fixtures.Strikes45())), Is.EqualTo(new[] { "-C107", "+C112" }));
    }

    [Test]
    public void Strikes_without_open_interest_are_avoided()
    {
        // §8.2 rule 3: with the 92 put at OI 0 the nearest |Δ| to 0.16 is the 90 put (0.12) rather than the 95 (0.25). Its
        // credit, 0.62 − 0.22 − 0.02 = 0.38 on a $5 wing, is under the default 10 % of width, so the minimum is lowered here.
        var quotes = Fixtures.Strikes45().Select(q => q.Strike == 92 && q.Right == OptionRight.Put ? q with { OpenInterest = 0 } : q);
        Assert.That(Legs(Select(StructureType.CreditPutSpread, quotes, new StructureThresholds(MinCreditToWidth: 0.05))), Is.EqualTo(new[] { "+P85", "-P90" }));
    }

    [Test]
    public void Model_deltas_replace_missing_feed_deltas()
    {
        // BSM by hand (Python): T = 45 d 2 h / 365, r 0.043, q 0.012; call K 100 σ 0.20 → 0.534912; put K 95 σ 0.26 → −0.257809.
        var call = Fixtures.Quote(OptionRight.Call, 100, 3.2, 3.24, null, 0.20);
        var put = Fixtures.Quote(OptionRight.Put, 95, 1.6, 1.64, null, 0.26);

        Assert.That(ChainVolatility.Delta(call, 100, Fixtures.Now, Fixtures.Pricing), Is.EqualTo(0.534911714168831).Within(1e-9));
        Assert.That(ChainVolatility.Delta(put, 100, Fixtures.Now, Fixtures.Pricing), Is.EqualTo(-0.257808972704511).Within(1e-9));
        Assert.That(ChainVolatility.Delta(put with { ImpliedVolatility = null }, 100, Fixtures.Now, Fixtures.Pricing), Is.Null);
    }

    [TestCase(0.40, 45, TestName = "Normal term structure: the expiration nearest 45 DTE")]
    [TestCase(0.15, 31, TestName = "Inverted at the target (ATM IV 0.205 above the next's 0.15): the shortest eligible expiration")]
    public void Expiration_choice_is_term_structure_aware(double laterAtmIv, int expectedDte)
    {
        var quotes = new List<ChainQuote>();
        foreach (var dte in new[] { 31, 45, 59 })
        {
            var expiry = Fixtures.Session.AddDays(dte);
            quotes.AddRange(Fixtures.Strikes45().Select(q => q with
            {
                Expiration = expiry,
                ImpliedVolatility = dte == 59 && q.Strike == 100 ? laterAtmIv : q.ImpliedVolatility,
            }));
        }

        var candidate = Select(StructureType.IronCondor, quotes);

        Assert.That(candidate.Expiration, Is.EqualTo(Fixtures.Session.AddDays(expectedDte)));
    }

    [TestCase(3, false, TestName = "Three usable puts (100, 95, 92): too few strikes")]
    [TestCase(4, true, TestName = "Four usable puts (100, 95, 92, 90): enough")]
    public void Sufficient_strikes(int puts, bool passes)
    {
        var kept = Fixtures.Strikes45().Where(q => q.Right == OptionRight.Call).Concat(Fixtures.Strikes45().Where(q => q.Right == OptionRight.Put).OrderByDescending(q => q.Strike).Take(puts));

        var outcome = Run(StructureType.CreditPutSpread, kept, new StructureThresholds());

        Assert.That(outcome.Verdict.Passed, Is.EqualTo(passes), outcome.Verdict.ToString());
    }

    [TestCase(0.115, true, TestName = "Credit/width 0.116 against a minimum of 0.115: pass")]
    [TestCase(0.117, false, TestName = "Credit/width 0.116 against a minimum of 0.117: reject")]
    public void Minimum_credit_to_width(double minimum, bool passes)
    {
        // Call spread: mid credit 0.92 − 0.32 = 0.60, slippage 0.5 × (0.02 + 0.02) = 0.02, credit 0.58 on a $5 wing = 0.116.
        var outcome = Run(StructureType.CreditCallSpread, Fixtures.Strikes45(), new StructureThresholds(MinCreditToWidth: minimum));

        Assert.That(outcome.Verdict.Passed, Is.EqualTo(passes), outcome.Verdict.ToString());
    }

    [Test]
    public void No_eligible_expiration_rejects()
    {
        var input = Fixtures.Input();
        var none = new EligibilityOutcome(EligibilityStage.Evaluate(input.Chain, input.Now, 20, new DteThresholds(MinDte: 100, MaxDte: 120)).Verdict, (100, 120), []);

        var outcome = StructureStage.Select(input, none, new StructureThresholds(), new FrictionModel());

        Assert.That(outcome.Verdict.Passed, Is.False);
        Assert.That(outcome.Candidate, Is.Null);
    }

    private static Candidate Select(StructureType structure, IEnumerable<ChainQuote> quotes, StructureThresholds? thresholds = null)
    {
        var outcome = Run(structure, quotes, thresholds ?? new StructureThresholds());
        Assert.That(outcome.Verdict.Passed, Is.True, outcome.Verdict.ToString());
        return outcome.Candidate!;
    }

    private static StructureOutcome Run(StructureType structure, IEnumerable<ChainQuote> quotes, StructureThresholds thresholds)
    {
        var input = Fixtures.Input(structure, Fixtures.Chain(quotes));
        var eligibility = EligibilityStage.Evaluate(input.Chain, input.Now, input.Regime.Vix, new DteThresholds());
        return StructureStage.Select(input, eligibility, thresholds, new FrictionModel());
    }

    private static string[] Legs(Candidate candidate) =>
        candidate.Legs.Select(l => $"{(l.IsShort ? "-" : "+")}{(l.Quote.Right == OptionRight.Put ? "P" : "C")}{l.Quote.Strike:0.##}").ToArray();
}
