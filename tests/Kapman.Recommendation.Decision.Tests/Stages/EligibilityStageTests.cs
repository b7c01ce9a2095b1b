using Kapman.MarketData;
using Kapman.Recommendation.Decision.Stages;
using Kapman.Recommendation.Decision.Thresholds;

namespace Kapman.Recommendation.Decision.Tests.Stages;

/// <summary>Stage D: the DTE window and its VIX adjustment (docs/domain/decision-engine.md#d-eligibility, seed 003 §8.3).</summary>
public class EligibilityStageTests
{
    [TestCase(20d, 30, 60, TestName = "VIX 20: base window")]
    [TestCase(25d, 30, 60, TestName = "VIX 25 (not above 25): base window")]
    [TestCase(25.01, 20, 45, TestName = "VIX above 25: (max(14, 30 − 10), max(30, 60 − 15))")]
    [TestCase(15d, 30, 60, TestName = "VIX 15 (not below 15): base window")]
    [TestCase(14.99, 30, 75, TestName = "VIX below 15: (30, min(90, 60 + 15))")]
    [TestCase(null, 30, 60, TestName = "VIX missing: base window")]
    public void Regime_aware_window(double? vix, int min, int max)
    {
        Assert.That(new DteThresholds().WindowFor(vix), Is.EqualTo((min, max)));
    }

    [Test]
    public void The_seed_floors_and_caps_apply()
    {
        Assert.That(new DteThresholds(MinDte: 20, MaxDte: 35).WindowFor(30), Is.EqualTo((14, 30)));
        Assert.That(new DteThresholds(MinDte: 30, MaxDte: 80).WindowFor(12), Is.EqualTo((30, 90)));
    }

    [TestCase(29, false, TestName = "29 DTE: below the window")]
    [TestCase(30, true, TestName = "30 DTE: on the lower edge")]
    [TestCase(60, true, TestName = "60 DTE: on the upper edge")]
    [TestCase(61, false, TestName = "61 DTE: above the window")]
    public void Dte_edges(int dte, bool passes)
    {
        var chain = Fixtures.Chain([Fixtures.Quote(OptionRight.Put, 90, 1, 1.1, -0.2, expiration: Fixtures.Session.AddDays(dte))]);

        var outcome = EligibilityStage.Evaluate(chain, Fixtures.Now, 20, new DteThresholds());

        Assert.That(outcome.Verdict.Passed, Is.EqualTo(passes), outcome.Verdict.ToString());
        Assert.That(outcome.Expirations, Has.Count.EqualTo(passes ? 1 : 0));
    }
}
