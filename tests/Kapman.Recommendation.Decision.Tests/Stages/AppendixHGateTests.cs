using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Stages;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;

namespace Kapman.Recommendation.Decision.Tests.Stages;

/// <summary>
/// Stages D and E for the structures of seed 003 Appendix H beyond the condor and the credit spreads: the stock a covered call
/// needs, the wheel's mode, and which regime rules judge which structure (seed 003 §2.5 stage E: VRP for credit selling, trend
/// for spreads, ADX for iron condors).
/// </summary>
public class AppendixHGateTests
{
    private static readonly RegimeThresholds Defaults = new();

    [TestCase(null, false, TestName = "Covered call without a holding: not eligible")]
    [TestCase(99L, false, TestName = "Covered call on 99 shares: not eligible")]
    [TestCase(100L, true, TestName = "Covered call on 100 shares: eligible")]
    public void A_covered_call_needs_100_shares(long? shares, bool passes)
    {
        var input = AppendixHStructureTests.Input(StructureType.CoveredCall, "strikes45", shares);

        var verdict = EligibilityStage.Evaluate(input, new DteThresholds()).Verdict;

        Assert.That(verdict.Passed, Is.EqualTo(passes), verdict.ToString());
        Assert.That(verdict.Compared[^1].ToString(), Is.EqualTo($"shares held to cover one call: {shares ?? 0} >= 100 {(passes ? "ok" : "FAIL")}"));
        if (shares is null)
        {
            Assert.That(verdict.Reason, Does.StartWith("Not eligible: a covered call needs 100 shares held and no stock holding was given"));
        }
    }

    [TestCase(null, "wheel mode: cash_secured_put (shares held): 0", StructureType.CashSecuredPut)]
    [TestCase(50L, "wheel mode: cash_secured_put (shares held): 50", StructureType.CashSecuredPut)]
    [TestCase(100L, "wheel mode: covered_call (shares held): 100", StructureType.CoveredCall)]
    public void The_wheel_reports_its_mode_at_D_and_the_pipeline_trades_it(long? shares, string line, StructureType traded)
    {
        var input = AppendixHStructureTests.Input(StructureType.Wheel, "strikes45", shares);

        var verdict = EligibilityStage.Evaluate(input, new DteThresholds()).Verdict;
        var result = DecisionPipeline.Run(input, DecisionThresholds.Default);

        Assert.That(verdict.Passed, Is.True, verdict.ToString());
        Assert.That(verdict.Compared.Select(c => c.ToString()), Does.Contain(line));
        Assert.That(StructureType.Wheel.Resolve(shares is { } s ? new StockHolding(s) : null), Is.EqualTo(traded));
        Assert.That(result.Candidate!.Structure, Is.EqualTo(traded), result.Describe());
    }

    [TestCase(StructureType.IronFly, false)]
    [TestCase(StructureType.CashSecuredPut, false)]
    [TestCase(StructureType.CoveredCall, false)]
    [TestCase(StructureType.Butterfly, true)]
    public void Negative_vrp_blocks_credit_selling_only(StructureType structure, bool passes)
    {
        // ATM IV 0.14 − RV20 0.15 = −0.01 < 0.
        var regime = Fixtures.PassingRegime with { AtmImpliedVol = 0.14 };

        var verdict = RegimeStage.Evaluate(structure, regime, Defaults);

        Assert.That(verdict.Passed, Is.EqualTo(passes), verdict.ToString());
    }

    [TestCase(StructureType.IronFly)]
    [TestCase(StructureType.Butterfly)]
    [TestCase(StructureType.CashSecuredPut)]
    [TestCase(StructureType.CoveredCall)]
    public void Adx_and_trend_judge_only_the_structures_the_seed_names(StructureType structure)
    {
        // ADX 40 > 25 and a downtrend (99 < 100 < 101): the seed blocks iron condors on ADX and spreads on a directional
        // conflict, not these.
        var regime = Fixtures.PassingRegime with { Adx14 = 40, Close = 99, Ema20 = 100, Sma50 = 101 };

        var verdict = RegimeStage.Evaluate(structure, regime, Defaults);

        Assert.That(verdict.Passed, Is.True, verdict.ToString());
        Assert.That(verdict.Compared.Select(c => c.Name), Has.None.Contains("adx").And.None.Contains("trend"));
    }

    [Test]
    public void Iv_rank_judges_the_debit_butterfly_too()
    {
        // E3 (IV rank ≥ 30 when configured) has no per-structure direction in the seed.
        var regime = Fixtures.PassingRegime with { IvRank = 10 };

        Assert.That(RegimeStage.Evaluate(StructureType.Butterfly, regime, Defaults).Passed, Is.False);
        Assert.That(RegimeStage.Evaluate(StructureType.Butterfly, regime, Defaults with { MinIvRank = null }).Passed, Is.True);
    }

    [TestCase("iron_fly", StructureType.IronFly)]
    [TestCase("iron_butterfly", StructureType.IronFly)]
    [TestCase("IRON_BUTTERFLY", StructureType.IronFly)]
    [TestCase("butterfly", StructureType.Butterfly)]
    [TestCase("cash_secured_put", StructureType.CashSecuredPut)]
    [TestCase("covered_call", StructureType.CoveredCall)]
    [TestCase("wheel", StructureType.Wheel)]
    public void Codes_parse_with_the_iron_butterfly_alias(string code, StructureType type)
    {
        Assert.That(StructureTypes.TryParse(code, out var parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(type));
        Assert.That(StructureTypes.TryParse("debit_butterfly", out _), Is.False);
    }
}
