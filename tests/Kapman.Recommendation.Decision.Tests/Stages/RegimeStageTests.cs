using Kapman.Recommendation.Decision.Stages;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;

namespace Kapman.Recommendation.Decision.Tests.Stages;

/// <summary>Stage E: VIX term structure, VRP, trend, ADX, IV rank; missing readings fail closed.</summary>
public class RegimeStageTests
{
    private static readonly RegimeThresholds Defaults = new();

    [TestCase(19.8, 20d, true, TestName = "VIX/VIX3M 0.99: contango, pass")]
    [TestCase(20d, 20d, false, TestName = "VIX/VIX3M 1.00: flat, reject")]
    [TestCase(22d, 20d, false, TestName = "VIX/VIX3M 1.10: backwardation, reject")]
    [TestCase(null, 20d, false, TestName = "VIX missing: fail closed")]
    public void Vix_term_structure(double? vix, double vix3M, bool passes)
    {
        var regime = Fixtures.PassingRegime with { Vix = vix, Vix3M = vix3M };
        Assert.That(RegimeStage.Evaluate(StructureType.IronCondor, regime, Defaults).Passed, Is.EqualTo(passes));
    }

    [TestCase(0.15, 0.15, true, TestName = "VRP 0: pass")]
    [TestCase(0.149, 0.15, false, TestName = "VRP −0.001: negative VRP blocks credit selling")]
    [TestCase(null, 0.15, false, TestName = "ATM IV missing: fail closed")]
    public void Volatility_risk_premium(double? atmIv, double realized, bool passes)
    {
        var regime = Fixtures.PassingRegime with { AtmImpliedVol = atmIv, RealizedVol20 = realized };
        Assert.That(RegimeStage.Evaluate(StructureType.CreditPutSpread, regime, Defaults).Passed, Is.EqualTo(passes));
    }

    [TestCase(25d, true, TestName = "ADX 25: pass")]
    [TestCase(25.01, false, TestName = "ADX above 25: trending, blocks the condor")]
    public void Adx_blocks_iron_condors(double adx, bool passes)
    {
        var regime = Fixtures.PassingRegime with { Adx14 = adx };
        Assert.That(RegimeStage.Evaluate(StructureType.IronCondor, regime, Defaults).Passed, Is.EqualTo(passes));
        Assert.That(RegimeStage.Evaluate(StructureType.CreditPutSpread, regime, Defaults).Passed, Is.True, "ADX does not judge spreads");
    }

    [TestCase(StructureType.CreditCallSpread, 103d, 102d, 101d, false, TestName = "Uptrend blocks a credit call spread")]
    [TestCase(StructureType.CreditPutSpread, 103d, 102d, 101d, true, TestName = "Uptrend allows a credit put spread")]
    [TestCase(StructureType.CreditPutSpread, 99d, 100d, 101d, false, TestName = "Downtrend blocks a credit put spread")]
    [TestCase(StructureType.CreditCallSpread, 99d, 100d, 101d, true, TestName = "Downtrend allows a credit call spread")]
    [TestCase(StructureType.CreditCallSpread, 102d, 100d, 101d, true, TestName = "Close above EMA but EMA below SMA: no trend")]
    public void Directional_conflicts(StructureType structure, double close, double ema, double sma, bool passes)
    {
        var regime = Fixtures.PassingRegime with { Close = close, Ema20 = ema, Sma50 = sma };
        Assert.That(RegimeStage.Evaluate(structure, regime, Defaults).Passed, Is.EqualTo(passes));
    }

    [TestCase(30d, true, TestName = "IV rank 30: pass")]
    [TestCase(29.9, false, TestName = "IV rank 29.9: reject")]
    [TestCase(null, false, TestName = "IV rank missing: fail closed")]
    public void Iv_rank(double? ivRank, bool passes)
    {
        var regime = Fixtures.PassingRegime with { IvRank = ivRank };
        Assert.That(RegimeStage.Evaluate(StructureType.IronCondor, regime, Defaults).Passed, Is.EqualTo(passes));
        Assert.That(RegimeStage.Evaluate(StructureType.IronCondor, regime, Defaults with { MinIvRank = null }).Passed, Is.True, "E3 switched off");
    }
}
