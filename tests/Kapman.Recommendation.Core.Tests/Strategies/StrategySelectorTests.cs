using Kapman.Recommendation.Core.Strategies;
using static Kapman.Recommendation.Core.Tests.Chains;

namespace Kapman.Recommendation.Core.Tests.Strategies;

/// <summary>The docs/domain/recommendations.md#strategy-selection (seed 000 §11.4) boundaries and §5.4 phase fit, one case per rule.</summary>
public sealed class StrategySelectorTests
{
    private static TradeIntent Select(int bc, int spring, string? alert, WyckoffPhase phase, params string[] events) =>
        StrategySelector.Select(new StrategyInput("SPY", Session, 100, bc, spring, alert, phase, events), StrategyParameters.Default);

    [Test]
    public void Bc_24_is_an_exit_suggested_as_a_hedge_with_confidence_24_over_28()
    {
        var intent = Select(24, 0, null, WyckoffPhase.Markup);
        Assert.That((intent.Direction, intent.Action, intent.Structure), Is.EqualTo(("SHORT", "HEDGE", "LONG_PUT")));
        Assert.That(intent.Confidence, Is.EqualTo(24 / 28.0).Within(1e-12));
    }

    [Test]
    public void Bc_23_without_distribution_holds_and_prepares_the_exit()
    {
        var intent = Select(23, 0, null, WyckoffPhase.Markup);
        Assert.That((intent.Direction, intent.Action, intent.Strategy, intent.Confidence), Is.EqualTo(("NEUTRAL", "HOLD", (string?)null, 0.0)));
        Assert.That(intent.Basis, Does.Contain("prepare exit orders"));
    }

    [Test]
    public void Bc_20_in_distribution_buys_a_bear_put_debit_spread() =>
        Assert.That(Select(20, 0, null, WyckoffPhase.Distribution).Structure, Is.EqualTo("BEAR_PUT_DEBIT"));

    [Test]
    public void Spring_9_with_bc_11_buys_a_call_with_confidence_9_over_12()
    {
        var intent = Select(11, 9, null, WyckoffPhase.Accumulation);
        Assert.That((intent.Direction, intent.Action, intent.Strategy), Is.EqualTo(("LONG", "BUY", "LONG_CALL")));
        Assert.That(intent.Confidence, Is.EqualTo(0.75).Within(1e-12));
    }

    [Test]
    public void Spring_9_with_bc_12_is_not_an_entry() =>
        Assert.That(Select(12, 9, null, WyckoffPhase.Accumulation).Action, Is.EqualTo("HOLD"));

    [Test]
    public void Spring_entry_outside_the_long_call_phases_uses_a_bull_call_debit_spread() =>
        Assert.That(Select(3, 10, "SPRING_ENTRY", WyckoffPhase.Consolidation).Structure, Is.EqualTo("BULL_CALL_DEBIT"));

    [Test]
    public void Secondary_test_in_accumulation_sells_a_cash_secured_put()
    {
        var intent = Select(5, 4, null, WyckoffPhase.Accumulation, "ST");
        Assert.That((intent.Direction, intent.Action, intent.Strategy, intent.Confidence), Is.EqualTo(("LONG", "SELL", "CSP", 0.60)));
    }

    [Test]
    public void Secondary_test_in_markdown_is_no_fit_for_a_cash_secured_put() =>
        Assert.That(Select(5, 4, null, WyckoffPhase.Markdown, "TEST").Action, Is.EqualTo("HOLD"));

    [Test]
    public void Sign_of_strength_in_markup_sells_a_bull_put_credit_spread() =>
        Assert.That(Select(5, 0, null, WyckoffPhase.Markup, "SOS").Structure, Is.EqualTo("BULL_PUT_CREDIT"));

    [Test]
    public void Sign_of_weakness_in_markdown_sells_a_bear_call_credit_spread()
    {
        var intent = Select(8, 0, null, WyckoffPhase.Markdown, "sow");
        Assert.That((intent.Direction, intent.Action, intent.Strategy, intent.Structure), Is.EqualTo(("SHORT", "SELL", "VERTICAL_SPREAD", "BEAR_CALL_CREDIT")));
    }

    [Test]
    public void Nothing_is_a_neutral_hold_with_the_scores() =>
        Assert.That(Select(7, 2, null, WyckoffPhase.Unknown).Basis, Is.EqualTo("no signal: BC 7/28, Spring 2/12"));

    [TestCase("A", WyckoffPhase.Accumulation)]
    [TestCase("markdown", WyckoffPhase.Markdown)]
    [TestCase(" d ", WyckoffPhase.Distribution)]
    [TestCase("X", WyckoffPhase.Unknown)]
    [TestCase(null, WyckoffPhase.Unknown)]
    public void Phase_labels_parse(string? label, WyckoffPhase expected) => Assert.That(WyckoffPhases.Parse(label), Is.EqualTo(expected));
}
