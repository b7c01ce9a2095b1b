using Kapman.Recommendation.Core.Justification;
using Kapman.Recommendation.Core.Strategies;
using static Kapman.Recommendation.Core.Tests.Chains;

namespace Kapman.Recommendation.Core.Tests.Justification;

public sealed class TemplateJustificationTests
{
    [Test]
    public void Bull_call_spread_text_states_the_hand_computed_numbers()
    {
        ChainContract[] chain = [Call(45, 100, 0.50, 4.9, 5.1), Call(45, 110, 0.30, 1.9, 2.1)];
        var facts = JustificationFacts.From(StrategyEngine.Decide(
            new StrategyInput("SPY", Session, 100, 3, 10, "SPRING_ENTRY", WyckoffPhase.Consolidation, []), chain, StrategyParameters.Default, new RiskLimits()));
        Assert.That(TemplateJustification.Write(facts), Is.EqualTo(
            "SPY 2025-08-26 (spot 100.00): spring entry outside accumulation/markup (BC 3/28, Spring 10/12): bull call debit spread. "
            + "LONG / BUY BULL_CALL_DEBIT (45 DTE): BUY SPY251010C00100000 (call 100, 2025-10-10) at 5.00, SELL SPY251010C00110000 (call 110, 2025-10-10) at 2.00; "
            + "debit 3.00 per share. Max profit 700.00, max loss 300.00 per contract, breakeven 103.00, reward-to-risk 2.33, "
            + "6 contract(s) within the risk limit. Confidence 0.83. A suggestion, not an order."));
    }

    [Test]
    public void No_trade_text_gives_the_reason()
    {
        var facts = JustificationFacts.From(StrategyEngine.Decide(
            new StrategyInput("SPY", Session, 100, 7, 2, null, WyckoffPhase.Unknown, []), [], StrategyParameters.Default, new RiskLimits()));
        Assert.That(TemplateJustification.Write(facts), Is.EqualTo(
            "SPY 2025-08-26 (spot 100.00): no signal: BC 7/28, Spring 2/12. NEUTRAL / HOLD: no trade: no signal: BC 7/28, Spring 2/12."));
    }
}
