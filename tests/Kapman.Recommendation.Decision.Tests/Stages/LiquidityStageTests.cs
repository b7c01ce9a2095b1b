using Kapman.MarketData;
using Kapman.Recommendation.Decision.Chain;
using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Stages;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;

namespace Kapman.Recommendation.Decision.Tests.Stages;

/// <summary>Stage C, each of the five factors on both sides of its threshold (defaults: 25 %, 10, 100, 0.5, 300 s).</summary>
public class LiquidityStageTests
{
    private static readonly LiquidityThresholds Defaults = new();

    [TestCase(0.88, 1.12, true, TestName = "Spread/mid 0.24: pass")]
    [TestCase(0.875, 1.125, true, TestName = "Spread/mid 0.25: on the edge, pass")]
    [TestCase(0.87, 1.13, false, TestName = "Spread/mid 0.26: reject")]
    public void Spread_per_leg(double bid, double ask, bool passes) =>
        AssertLeg(Fixtures.Quote(OptionRight.Put, 95, bid, ask, -0.2), passes);

    [TestCase(10L, true, TestName = "Volume 10: pass")]
    [TestCase(9L, false, TestName = "Volume 9: reject")]
    public void Option_volume_per_leg(long volume, bool passes) =>
        AssertLeg(Fixtures.Quote(OptionRight.Put, 95, 1, 1.02, -0.2, volume: volume), passes);

    [TestCase(100L, true, TestName = "Open interest 100: pass")]
    [TestCase(99L, false, TestName = "Open interest 99: reject")]
    public void Open_interest_per_leg(long openInterest, bool passes) =>
        AssertLeg(Fixtures.Quote(OptionRight.Put, 95, 1, 1.02, -0.2, openInterest: openInterest), passes);

    [TestCase(300, true, TestName = "Quote age 300 s: pass")]
    [TestCase(301, false, TestName = "Quote age 301 s: stale, reject")]
    public void Quote_age_per_leg(int ageSeconds, bool passes) =>
        AssertLeg(Fixtures.Quote(OptionRight.Put, 95, 1, 1.02, -0.2, quotedAt: Fixtures.Now.AddSeconds(-ageSeconds)), passes);

    [Test]
    public void A_quote_without_a_time_fails_the_age_factor() =>
        AssertLeg(Fixtures.Quote(OptionRight.Put, 95, 1, 1.02, -0.2, noQuoteTime: true), false);

    [Test]
    public void A_one_sided_quote_fails_the_spread_factor() =>
        AssertLeg(Fixtures.Quote(OptionRight.Put, 95, 0, 0.05, -0.2), false);

    [TestCase(500_000d, 1_000_000d, true, TestName = "Underlying volume 0.50 of average: pass")]
    [TestCase(499_000d, 1_000_000d, false, TestName = "Underlying volume 0.499 of average: reject")]
    [TestCase(500_000d, 0d, false, TestName = "No average: fail closed")]
    public void Underlying_volume_against_its_average(double volume, double average, bool passes)
    {
        var verdict = LiquidityStage.Evaluate(OneLeg(Fixtures.Quote(OptionRight.Put, 95, 1, 1.02, -0.2)), new UnderlyingActivity(volume, average), Fixtures.Now, Defaults);
        Assert.That(verdict.Passed, Is.EqualTo(passes), verdict.ToString());
    }

    [Test]
    public void Missing_underlying_activity_fails_closed()
    {
        var verdict = LiquidityStage.Evaluate(OneLeg(Fixtures.Quote(OptionRight.Put, 95, 1, 1.02, -0.2)), null, Fixtures.Now, Defaults);
        Assert.That(verdict.Passed, Is.False);
    }

    [Test]
    public void Every_leg_reports_its_four_factors()
    {
        var condor = Fixtures.Candidate(
            StructureType.IronCondor,
            (Fixtures.Quote(OptionRight.Put, 85, 0.2, 0.24, -0.05), 1), (Fixtures.Quote(OptionRight.Put, 92, 1, 1.04, -0.16), -1),
            (Fixtures.Quote(OptionRight.Call, 107, 0.9, 0.94, 0.16), -1), (Fixtures.Quote(OptionRight.Call, 112, 0.3, 0.34, 0.05), 1));
        var verdict = LiquidityStage.Evaluate(condor, new UnderlyingActivity(1, 1), Fixtures.Now, Defaults);

        Assert.That(verdict.Compared, Has.Count.EqualTo((4 * 4) + 1));
        Assert.That(verdict.Passed, Is.True, verdict.ToString());
    }

    private static void AssertLeg(ChainQuote quote, bool passes)
    {
        var verdict = LiquidityStage.Evaluate(OneLeg(quote), new UnderlyingActivity(1_000_000, 1_000_000), Fixtures.Now, Defaults);
        Assert.That(verdict.Passed, Is.EqualTo(passes), verdict.ToString());
    }

    private static Candidate OneLeg(ChainQuote quote) => Fixtures.Candidate(StructureType.CreditPutSpread, (quote, -1));
}
