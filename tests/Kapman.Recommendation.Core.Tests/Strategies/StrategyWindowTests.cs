using Kapman.Recommendation.Core.Strategies;
using static Kapman.Recommendation.Core.Tests.Chains;

namespace Kapman.Recommendation.Core.Tests.Strategies;

/// <summary>
/// The docs/domain/recommendations.md#dte-windows (seed 000 §5.4) DTE windows: Long Call/Put 30-90, CSP 30-45, Vertical 30-60. A chain listing only 25, 70 and
/// 95 DTE expiries has exactly one expiry (70) inside the long-option window and none inside the CSP or vertical ones.
/// </summary>
public sealed class StrategyWindowTests
{
    private static readonly ChainContract[] Chain =
        [.. new[] { 25, 70, 95 }.SelectMany(dte => new[] { Call(dte, 100, 0.50, 4.9, 5.1), Call(dte, 110, 0.30, 1.9, 2.1), Call(dte, 115, 0.15, 0.95, 1.05),
            Put(dte, 100, -0.50, 4.4, 4.6), Put(dte, 95, -0.26, 1.9, 2.1), Put(dte, 90, -0.15, 0.95, 1.05) })];

    private static StrategyDecision Decide(int bc, int spring, string? alert, WyckoffPhase phase, params string[] events) =>
        StrategyEngine.Decide(new StrategyInput("SPY", Session, 100, bc, spring, alert, phase, events), Chain, StrategyParameters.Default, new RiskLimits(100_000, 10));

    [Test]
    public void Long_options_take_the_70_dte_expiry()
    {
        Assert.That(Decide(3, 10, "SPRING_ENTRY", WyckoffPhase.Accumulation).Plan?.Dte, Is.EqualTo(70));
        Assert.That(Decide(25, 0, "BC_EXIT", WyckoffPhase.Distribution).Plan?.Dte, Is.EqualTo(70));
    }

    [Test]
    public void Cash_secured_put_finds_no_expiry_in_30_45() =>
        Assert.That(Decide(5, 4, null, WyckoffPhase.Accumulation, "ST").NoTradeReason, Is.EqualTo("no expiry within 30-45 DTE"));

    [TestCase(3, 10, "SPRING_ENTRY", WyckoffPhase.Consolidation, "")]
    [TestCase(21, 0, null, WyckoffPhase.Distribution, "")]
    [TestCase(5, 0, null, WyckoffPhase.Markup, "SOS")]
    [TestCase(8, 0, null, WyckoffPhase.Markdown, "SOW")]
    public void Verticals_find_no_expiry_in_30_60(int bc, int spring, string? alert, WyckoffPhase phase, string events) =>
        Assert.That(Decide(bc, spring, alert, phase, events.Length == 0 ? [] : [events]).NoTradeReason, Is.EqualTo("no expiry within 30-60 DTE"));
}
