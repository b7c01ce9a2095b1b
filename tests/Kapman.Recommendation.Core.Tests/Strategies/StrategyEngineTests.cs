using Kapman.Recommendation.Core.Strategies;
using static Kapman.Recommendation.Core.Tests.Chains;

namespace Kapman.Recommendation.Core.Tests.Strategies;

/// <summary>
/// Each strategy's legs and payoff on a hand-built chain, spot $100, default parameters and limits
/// ($2,000 per trade, 10 contracts). Expected numbers are worked out by hand in each test's comment.
/// </summary>
public sealed class StrategyEngineTests
{
    private static StrategyDecision Decide(int bc, int spring, string? alert, WyckoffPhase phase, string[] events, ChainContract[] chain, RiskLimits? limits = null) =>
        StrategyEngine.Decide(new StrategyInput("SPY", Session, 100, bc, spring, alert, phase, events), chain, StrategyParameters.Default, limits ?? new RiskLimits());

    private static void Legs(StrategyDecision d, params (ChainContract Contract, LegSide Side)[] expected)
    {
        Assert.That(d.Plan, Is.Not.Null, d.NoTradeReason);
        Assert.That(d.Plan!.Legs.Select(l => (l.Contract, l.Side)), Is.EqualTo(expected));
    }

    [Test]
    public void Long_call_at_delta_050_of_the_59_dte_expiry()
    {
        // Mid (4.9 + 5.1) / 2 = 5: max loss 500/contract, breakeven 100 + 5 = 105, target 110 pays 10 - 5 = 5 => R:R 1,
        // 2000 / 500 = 4 contracts; option stop 5 x 0.5 = 2.5, target 5 x 1.5 = 7.5; underlying stop 95, target 110.
        var chosen = Call(59, 100, 0.52, 4.9, 5.1);
        ChainContract[] chain = [Call(59, 95, 0.65), chosen, Call(59, 110, 0.30), Call(31, 100, 0.50), Put(59, 100, -0.48),
            Call(59, 101, 0.50, bid: 1.0, ask: 2.0), Call(59, 99, 0.50, bid: 0), Call(59, 102, 0.50, openInterest: 0)];
        var d = Decide(3, 10, "SPRING_ENTRY", WyckoffPhase.Accumulation, [], chain);
        Legs(d, (chosen, LegSide.Buy));
        var p = d.Plan!;
        Assert.Multiple(() =>
        {
            Assert.That((d.Intent.Direction, d.Intent.Action, d.Intent.Strategy, p.Dte), Is.EqualTo(("LONG", "BUY", "LONG_CALL", 59)));
            Assert.That(d.Intent.Confidence, Is.EqualTo(10 / 12.0).Within(1e-12));
            Assert.That(new[] { p.NetPremium, p.MaxLossPerContract, p.Breakeven, p.RewardToRisk }, Is.EqualTo(new[] { 5.0, 500, 105, 1 }).Within(1e-9));
            Assert.That(p.MaxProfitPerContract, Is.Null);
            Assert.That(new[] { p.UnderlyingEntry, p.UnderlyingStop, p.UnderlyingTarget, p.OptionEntry, p.OptionStop, p.OptionTarget },
                Is.EqualTo(new[] { 100, 95, 110, 5, 2.5, 7.5 }).Within(1e-9));
            Assert.That(p.Contracts, Is.EqualTo(4));
        });
    }

    [Test]
    public void Long_put_hedge_on_bc_25()
    {
        // Mid 4.5: max profit (100 - 4.5) x 100 = 9550, max loss 450, breakeven 95.5; target 90 pays 10 - 4.5 = 5.5 => 5.5 / 4.5.
        var chosen = Put(59, 100, -0.48, 4.4, 4.6);
        var d = Decide(25, 0, "BC_EXIT", WyckoffPhase.Distribution, [], [chosen, Put(59, 90, -0.2), Call(59, 100, 0.5)]);
        Legs(d, (chosen, LegSide.Buy));
        var p = d.Plan!;
        Assert.That((d.Intent.Direction, d.Intent.Action), Is.EqualTo(("SHORT", "HEDGE")));
        Assert.That(new[] { p.MaxProfitPerContract!.Value, p.MaxLossPerContract, p.Breakeven, p.RewardToRisk, p.UnderlyingStop, p.UnderlyingTarget, p.Contracts },
            Is.EqualTo(new[] { 9550, 450, 95.5, 5.5 / 4.5, 105, 90, 4 }).Within(1e-9));
    }

    [Test]
    public void Cash_secured_put_takes_37_dte_over_38_and_respects_the_risk_limit()
    {
        // Window 30-45, middle 37.5: 37 and 38 DTE tie, the earlier wins. Credit 2: max profit 200, max loss (95 - 2) x 100 = 9300.
        var chosen = Put(37, 95, -0.26, 1.9, 2.1);
        ChainContract[] chain = [chosen, Put(38, 95, -0.25, 1.9, 2.1), Put(37, 100, -0.45)];
        var refused = Decide(5, 4, null, WyckoffPhase.Accumulation, ["ST"], chain);
        Assert.That(refused.IsTrade, Is.False);
        Assert.That(refused.NoTradeReason, Does.Contain("one contract risks $9300.00, above the $2000.00 risk limit"));

        var d = Decide(5, 4, null, WyckoffPhase.Accumulation, ["ST"], chain, new RiskLimits(20_000));
        Legs(d, (chosen, LegSide.Sell));
        var p = d.Plan!;
        // 20000 / 9300 = 2 contracts; buy back target 2 x 0.5 = 1, stop 2 x 1.5 = 3; target 110 keeps the 2 credit => 2 / 93.
        Assert.That(new[] { p.NetPremium, p.MaxProfitPerContract!.Value, p.MaxLossPerContract, p.Breakeven, p.OptionTarget, p.OptionStop, p.RewardToRisk, p.Contracts },
            Is.EqualTo(new[] { -2, 200, 9300, 93, 1, 3, 2 / 93.0, 2 }).Within(1e-9));
    }

    [Test]
    public void Bull_call_debit_spread_buys_050_and_sells_030_above()
    {
        // 5 - 2 = 3 debit on a 10-wide spread: max profit 700, max loss 300, breakeven 103, target 110 pays 7 => 7/3; 2000/300 = 6 contracts.
        var bought = Call(45, 100, 0.50, 4.9, 5.1);
        var sold = Call(45, 110, 0.30, 1.9, 2.1);
        var d = Decide(3, 10, "SPRING_ENTRY", WyckoffPhase.Consolidation, [], [Call(45, 108, 0.41), bought, sold, Call(45, 90, 0.75)]);
        Legs(d, (bought, LegSide.Buy), (sold, LegSide.Sell));
        var p = d.Plan!;
        Assert.That(new[] { p.NetPremium, p.MaxProfitPerContract!.Value, p.MaxLossPerContract, p.Breakeven, p.RewardToRisk, p.Contracts },
            Is.EqualTo(new[] { 3, 700, 300, 103, 7 / 3.0, 6 }).Within(1e-9));
    }

    [Test]
    public void Bear_put_debit_spread_buys_050_and_sells_030_below()
    {
        // 4.5 - 1.5 = 3 debit: max profit 700, max loss 300, breakeven 97; target 90 pays 7 => 7/3.
        var bought = Put(45, 100, -0.50, 4.4, 4.6);
        var sold = Put(45, 90, -0.30, 1.4, 1.6);
        var d = Decide(21, 0, null, WyckoffPhase.Distribution, [], [sold, bought, Put(45, 110, -0.30)]);
        Legs(d, (bought, LegSide.Buy), (sold, LegSide.Sell));
        var p = d.Plan!;
        Assert.That(new[] { p.MaxProfitPerContract!.Value, p.MaxLossPerContract, p.Breakeven, p.RewardToRisk, p.UnderlyingStop },
            Is.EqualTo(new[] { 700, 300, 97, 7 / 3.0, 105 }).Within(1e-9));
    }

    [Test]
    public void Bull_put_credit_spread_sells_030_and_buys_the_015_wing_below()
    {
        // 3 - 1 = 2 credit on a 5-wide spread: max profit 200, max loss 300, breakeven 93; target 110 keeps 2 => 2/3.
        var sold = Put(45, 95, -0.30, 2.9, 3.1);
        var wing = Put(45, 90, -0.15, 0.95, 1.05);
        var d = Decide(5, 0, null, WyckoffPhase.Markup, ["SOS"], [wing, sold, Put(45, 97, -0.15)]);
        Legs(d, (wing, LegSide.Buy), (sold, LegSide.Sell));
        var p = d.Plan!;
        Assert.That(new[] { p.NetPremium, p.MaxProfitPerContract!.Value, p.MaxLossPerContract, p.Breakeven, p.RewardToRisk, p.OptionEntry },
            Is.EqualTo(new[] { -2, 200, 300, 93, 2 / 3.0, 2 }).Within(1e-9));
    }

    [Test]
    public void Bear_call_credit_spread_sells_030_and_buys_the_015_wing_above()
    {
        // 2.5 - 1 = 1.5 credit on a 5-wide spread: max profit 150, max loss 350, breakeven 106.5; target 90 keeps 1.5 => 1.5/3.5.
        var sold = Call(45, 105, 0.30, 2.4, 2.6);
        var wing = Call(45, 110, 0.15, 0.95, 1.05);
        var d = Decide(8, 0, null, WyckoffPhase.Markdown, ["SOW"], [sold, wing]);
        Legs(d, (wing, LegSide.Buy), (sold, LegSide.Sell));
        var p = d.Plan!;
        Assert.That(new[] { p.MaxProfitPerContract!.Value, p.MaxLossPerContract, p.Breakeven, p.RewardToRisk },
            Is.EqualTo(new[] { 150, 350, 106.5, 1.5 / 3.5 }).Within(1e-9));
    }

    [Test]
    public void No_expiry_in_the_window_is_no_trade_with_the_window()
    {
        var d = Decide(3, 10, "SPRING_ENTRY", WyckoffPhase.Accumulation, [], [Call(20, 100, 0.5), Call(120, 100, 0.5)]);
        Assert.That(d.NoTradeReason, Is.EqualTo("no expiry within 30-90 DTE"));
    }

    [Test]
    public void Illiquid_legs_are_no_trade_naming_the_missing_leg()
    {
        ChainContract[] chain = [Call(59, 100, 0.5, bid: 0), Call(59, 101, 0.5, bid: 1, ask: 2), Call(40, 100, 0.5, openInterest: 0)];
        var d = Decide(3, 10, "SPRING_ENTRY", WyckoffPhase.Accumulation, [], chain);
        Assert.That(d.NoTradeReason, Is.EqualTo("LONG_CALL: no liquid call with |delta| 0.40-0.60 in the 2025-10-24 expiry (and 1 other expiries in 30-90 DTE)"));
    }

    [Test]
    public void A_later_expiry_is_used_when_the_nearest_one_has_no_leg()
    {
        var later = Call(80, 100, 0.5);
        var d = Decide(3, 10, "SPRING_ENTRY", WyckoffPhase.Accumulation, [], [Call(60, 100, 0.9), later]);
        Legs(d, (later, LegSide.Buy));
    }

    [Test]
    public void Hold_is_no_trade_with_the_rule_as_reason()
    {
        var d = Decide(7, 2, null, WyckoffPhase.Unknown, [], [Call(59, 100, 0.5)]);
        Assert.That((d.IsTrade, d.Intent.Action, d.NoTradeReason), Is.EqualTo((false, "HOLD", "no signal: BC 7/28, Spring 2/12")));
    }
}
