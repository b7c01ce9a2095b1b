using Kapman.Recommendation.Core.Strategies;
using static Kapman.Recommendation.Core.Tests.Chains;

namespace Kapman.Recommendation.Core.Tests.Strategies;

/// <summary>
/// The Wyckoff events (docs/domain/wyckoff-events-and-phases.md#event-list, seed 000 §5.2), phase fit (§5.4) and the docs/domain/recommendations.md#strategy-selection (seed 001 §17.2) trade signal in strategy selection,
/// and the trigger each rule records. Expected strategies follow the seed's phase-fit table: Long Call
/// "Accumulation (Spring, SOS), early Markup"; Long Put "Distribution (BC, SOW)"; CSP "Accumulation (ST, TEST)";
/// Vertical "any phase with clear direction".
/// </summary>
public sealed class StrategySelectorEventTests
{
    private static TradeIntent Select(int bc, int spring, string? alert, WyckoffPhase phase, string? signal, params string[] events) =>
        StrategySelector.Select(new StrategyInput("SPY", Session, 100, bc, spring, alert, phase, events, signal), StrategyParameters.Default);

    [TestCase(24, 0, "BC_EXIT", WyckoffPhase.Markup, null, new string[0], "BC_EXIT")]
    [TestCase(21, 0, null, WyckoffPhase.Distribution, null, new string[0], "BC>=20")]
    [TestCase(21, 0, null, WyckoffPhase.Markup, null, new string[0], "BC>=20")]
    [TestCase(11, 9, null, WyckoffPhase.Accumulation, null, new string[0], "SPRING_ENTRY")]
    [TestCase(3, 10, "SPRING_ENTRY", WyckoffPhase.Accumulation, null, new[] { "SPRING" }, "SPRING_ENTRY")]
    [TestCase(5, 2, null, WyckoffPhase.Markup, "STRONG_ENTRY", new[] { "SOS" }, "SPRING+SOS")]
    [TestCase(5, 2, null, WyckoffPhase.Accumulation, null, new[] { "SPRING" }, "SPRING")]
    [TestCase(5, 4, null, WyckoffPhase.Accumulation, null, new[] { "ST" }, "ST")]
    [TestCase(5, 4, null, WyckoffPhase.Accumulation, null, new[] { "TEST" }, "TEST")]
    [TestCase(5, 0, null, WyckoffPhase.Markup, null, new[] { "SOS" }, "SOS")]
    [TestCase(8, 0, null, WyckoffPhase.Markdown, "REDUCE", new[] { "SOW" }, "SOW")]
    [TestCase(15, 0, null, WyckoffPhase.Distribution, null, new[] { "BC" }, "BC")]
    [TestCase(4, 0, null, WyckoffPhase.Accumulation, null, new[] { "SC" }, "SC")]
    [TestCase(4, 0, null, WyckoffPhase.Accumulation, null, new[] { "AR" }, "AR")]
    [TestCase(7, 2, null, WyckoffPhase.Unknown, null, new string[0], null)]
    public void Each_rule_records_its_trigger(int bc, int spring, string? alert, WyckoffPhase phase, string? signal, string[] events, string? trigger) =>
        Assert.That(Select(bc, spring, alert, phase, signal, events).Trigger, Is.EqualTo(trigger));

    [Test]
    public void A_spring_event_below_the_spring_score_threshold_buys_a_call_at_the_event_confidence()
    {
        var intent = Select(5, 2, null, WyckoffPhase.Accumulation, null, "SPRING");
        Assert.That((intent.Direction, intent.Action, intent.Structure, intent.Confidence), Is.EqualTo(("LONG", "BUY", "LONG_CALL", 0.60)));
    }

    [Test]
    public void Strong_entry_sos_confirming_a_spring_buys_a_call_rather_than_selling_a_put_spread()
    {
        Assert.That(Select(5, 2, null, WyckoffPhase.Markup, null, "SOS").Structure, Is.EqualTo("BULL_PUT_CREDIT"));
        var intent = Select(5, 2, null, WyckoffPhase.Markup, "STRONG_ENTRY", "SOS");
        Assert.That((intent.Direction, intent.Action, intent.Structure), Is.EqualTo(("LONG", "BUY", "LONG_CALL")));
    }

    [Test]
    public void Strong_entry_outside_accumulation_or_markup_is_a_bull_call_debit_spread() =>
        Assert.That(Select(5, 2, null, WyckoffPhase.Consolidation, "STRONG_ENTRY", "SOS").Structure, Is.EqualTo("BULL_CALL_DEBIT"));

    [TestCase(WyckoffPhase.Accumulation, "LONG", "BUY", "LONG_CALL")]
    [TestCase(WyckoffPhase.Consolidation, "LONG", "BUY", "BULL_CALL_DEBIT")]
    [TestCase(WyckoffPhase.Markup, "LONG", "SELL", "BULL_PUT_CREDIT")]
    [TestCase(WyckoffPhase.Distribution, "NEUTRAL", "HOLD", null)]
    [TestCase(WyckoffPhase.Markdown, "NEUTRAL", "HOLD", null)]
    public void Sign_of_strength_by_phase(WyckoffPhase phase, string direction, string action, string? structure)
    {
        var intent = Select(5, 0, null, phase, null, "SOS");
        Assert.That((intent.Direction, intent.Action, intent.Structure), Is.EqualTo((direction, action, structure)));
    }

    [Test]
    public void Sign_of_weakness_outside_distribution_or_markdown_holds_and_says_reduce()
    {
        var intent = Select(8, 0, null, WyckoffPhase.Markup, "REDUCE", "SOW");
        Assert.That((intent.Direction, intent.Action, intent.Structure), Is.EqualTo(("NEUTRAL", "HOLD", (string?)null)));
        Assert.That(intent.Basis, Does.Contain("reduce position"));
    }

    [Test]
    public void Buying_climax_event_in_distribution_buys_a_put_elsewhere_a_bear_put_debit_spread()
    {
        var distribution = Select(15, 0, null, WyckoffPhase.Distribution, null, "BC");
        Assert.That((distribution.Direction, distribution.Action, distribution.Structure, distribution.Confidence), Is.EqualTo(("SHORT", "BUY", "LONG_PUT", 0.60)));
        Assert.That(Select(15, 0, null, WyckoffPhase.Markup, null, "BC").Structure, Is.EqualTo("BEAR_PUT_DEBIT"));
    }

    [TestCase("SC")]
    [TestCase("AR")]
    public void Stopping_action_holds_and_waits_for_the_test(string code)
    {
        var intent = Select(4, 0, null, WyckoffPhase.Accumulation, null, code);
        Assert.That((intent.Action, intent.Confidence), Is.EqualTo(("HOLD", 0.0)));
        Assert.That(intent.Basis, Does.StartWith(code + ": stopping action of phase A").And.Contain("wait for the secondary test"));
    }

    [Test]
    public void Bc_at_or_above_12_blocks_every_bullish_event()
    {
        foreach (var code in new[] { "SPRING", "ST", "TEST", "SOS" })
        {
            Assert.That(Select(12, 2, null, WyckoffPhase.Accumulation, "STRONG_ENTRY", code).Direction, Is.Not.EqualTo("LONG"), code);
        }
    }

    [Test]
    public void Every_directional_intent_names_its_trigger_and_a_seed_strategy()
    {
        string[] codes = ["SC", "AR", "ST", "SPRING", "TEST", "SOS", "SOW", "BC"];
        string?[] signals = [null, "STRONG_ENTRY", "REDUCE"];
        string?[] alerts = [null, "BC_EXIT", "SPRING_ENTRY"];
        foreach (var phase in Enum.GetValues<WyckoffPhase>())
        {
            foreach (var (bc, spring) in new[] { (0, 0), (11, 9), (12, 3), (20, 0), (24, 12) })
            {
                foreach (var code in codes)
                {
                    foreach (var (alert, signal) in alerts.SelectMany(a => signals.Select(s => (a, s))))
                    {
                        var intent = Select(bc, spring, alert, phase, signal, code);
                        if (intent.Direction == "NEUTRAL")
                        {
                            Assert.That((intent.Action, intent.Strategy), Is.EqualTo(("HOLD", (string?)null)));
                            continue;
                        }

                        Assert.That(intent.Trigger, Is.Not.Null.And.Not.Empty);
                        Assert.That(intent.Strategy, Is.AnyOf("LONG_CALL", "LONG_PUT", "CSP", "VERTICAL_SPREAD"));
                        Assert.That(intent.Confidence, Is.InRange(0.0, 1.0));
                        var bullish = intent.Structure is "LONG_CALL" or "CSP" or "BULL_CALL_DEBIT" or "BULL_PUT_CREDIT";
                        Assert.That(intent.Direction, Is.EqualTo(bullish ? "LONG" : "SHORT"), intent.Structure);
                    }
                }
            }
        }
    }
}
