using Kapman.Execution.Core.Risk;

namespace Kapman.Execution.Core.Tests.Risk;

/// <summary>Caps and triggers (docs/domain/risk-book.md#caps-and-triggers) on hand-made totals.</summary>
[TestFixture]
public sealed class RiskGateTests
{
    private static readonly RiskLimits Caps = new(10_000, 1_000, 2_000);

    private static RiskTotals Totals(double betaWeightedDelta, double var99, double down5Pnl) =>
        new(1, 0, 0, 0, 0, betaWeightedDelta, betaWeightedDelta, null, var99 * 0.7, var99, [new ScenarioResult("spot -5%", -0.05, 0, down5Pnl)]);

    [Test]
    public void A_trade_that_takes_a_measure_over_its_cap_is_blocked_with_the_values_compared()
    {
        var verdict = RiskGate.CheckEntry(Totals(8_000, 500, -900), Totals(-12_000, 900, -2_500), Caps);

        Assert.Multiple(() =>
        {
            Assert.That(verdict.Allowed, Is.False);
            Assert.That(verdict.Comparisons.Select(c => (c.Measure, c.Before, c.After, c.Limit, c.Breached)), Is.EqualTo(new[]
            {
                (RiskGate.Delta, 8_000.0, 12_000.0, 10_000.0, true),
                (RiskGate.Var99, 500.0, 900.0, 1_000.0, false),
                (RiskGate.LossDown5, 900.0, 2_500.0, 2_000.0, true),
            }));
            Assert.That(verdict.Reason, Is.EqualTo("|beta-weighted delta $| 12,000.00 > cap 10,000.00 (book now 8,000.00); loss at spot -5% $ 2,500.00 > cap 2,000.00 (book now 900.00)"));
        });
    }

    [Test]
    public void A_trade_that_reduces_a_measure_already_over_its_cap_may_enter()
    {
        var verdict = RiskGate.CheckEntry(Totals(15_000, 1_500, 300), Totals(11_000, 1_200, 100), Caps);

        Assert.Multiple(() =>
        {
            Assert.That(verdict.Allowed, Is.True);
            Assert.That(verdict.Reason, Is.Empty);
        });
    }

    [Test]
    public void Triggers_report_every_breach_and_unset_limits_are_not_checked()
    {
        var breaches = RiskGate.Breaches(Totals(10_001, 999, -2_001), new RiskLimits(10_000, null, 2_000));

        Assert.That(breaches.Select(b => b.Measure), Is.EqualTo(new[] { RiskGate.Delta, RiskGate.LossDown5 }));
    }
}
