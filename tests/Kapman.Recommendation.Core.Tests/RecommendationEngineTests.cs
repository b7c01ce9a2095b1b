using static Kapman.Recommendation.Core.Tests.Chains;

namespace Kapman.Recommendation.Core.Tests;

public sealed class RecommendationEngineTests
{
    private const double Spot = 645.16;
    private static readonly RecommendationParameters Defaults = new();

    private static SignalInput Spring(int spring = 10, int bc = 3) => new("SPY", Session, bc, spring, "SPRING_ENTRY");

    private static SignalInput Bc(int bc = 21, int spring = 1) => new("SPY", Session, bc, spring, "BC_EXIT");

    [Test]
    public void No_alert_is_no_trade_with_the_scores_in_the_reason()
    {
        var decision = RecommendationEngine.Decide(new SignalInput("SPY", Session, 7, 2, null), Spot, [Call(59, 650, 0.5)], Defaults);
        Assert.That(decision, Is.EqualTo(new RecommendationDecision(
            "SPY", Session, false, null, null, null, null, 0.0,
            "SPY 2025-08-26: no trade: no signal: BC 7/28, Spring 2/12.", "no signal: BC 7/28, Spring 2/12", "recommendation-1.0.0")));
    }

    [Test]
    public void Unknown_alert_kind_is_no_trade()
    {
        var decision = RecommendationEngine.Decide(new SignalInput("SPY", Session, 7, 2, "SOS"), Spot, [Call(59, 650, 0.5)], Defaults);
        Assert.That(decision.IsTrade, Is.False);
        Assert.That(decision.NoTradeReason, Is.EqualTo("unknown alert kind 'SOS'"));
    }

    [Test]
    public void Spring_entry_buys_a_call_with_a_templated_justification()
    {
        var chosen = Call(59, 650, 0.52, bid: 12.30, ask: 12.40);
        ChainContract[] chain = [Call(59, 640, 0.61), chosen, Put(59, 650, -0.48), Call(31, 650, 0.5)];
        var decision = RecommendationEngine.Decide(Spring(10, 3), Spot, chain, Defaults);
        Assert.Multiple(() =>
        {
            Assert.That(decision.IsTrade, Is.True);
            Assert.That(decision.Strategy, Is.EqualTo("LONG_CALL"));
            Assert.That(decision.Direction, Is.EqualTo("LONG"));
            Assert.That(decision.Contract, Is.SameAs(chosen));
            Assert.That(decision.Dte, Is.EqualTo(59));
            Assert.That(decision.Confidence, Is.EqualTo(10.0 / 12));
            Assert.That(decision.NoTradeReason, Is.Null);
            Assert.That(decision.ModelVersion, Is.EqualTo("recommendation-1.0.0"));
            Assert.That(decision.Justification, Is.EqualTo(
                "SPY 2025-08-26: SPRING_ENTRY with Spring 10/12 (BC 3/28) => LONG_CALL SPY251024C00650000: strike 650, "
                + "expiry 2025-10-24 (59 DTE), delta 0.52, mid 12.35 (bid 12.30 / ask 12.40), spot 645.16. Confidence 0.83 = Spring 10/12."));
        });
    }

    [Test]
    public void Bc_exit_buys_a_put_and_is_bearish()
    {
        var chosen = Put(59, 640, -0.47, bid: 9.10, ask: null);
        var decision = RecommendationEngine.Decide(Bc(21, 1), Spot, [Call(59, 640, 0.53), chosen, Put(59, 600, -0.2)], Defaults);
        Assert.Multiple(() =>
        {
            Assert.That(decision.Strategy, Is.EqualTo("LONG_PUT"));
            Assert.That(decision.Direction, Is.EqualTo("SHORT"));
            Assert.That(decision.Contract, Is.SameAs(chosen));
            Assert.That(decision.Confidence, Is.EqualTo(0.75));
            Assert.That(decision.Justification, Does.Contain("BC_EXIT with BC 21/28 (Spring 1/12) => LONG_PUT SPY251024P00640000"));
            Assert.That(decision.Justification, Does.Contain("delta -0.47, mid n/a (bid 9.10, no ask)"));
            Assert.That(decision.Justification, Does.EndWith("Confidence 0.75 = BC 21/28."));
        });
    }

    [TestCase(29, 91, false, 0)]
    [TestCase(30, 91, true, 30)]
    [TestCase(29, 90, true, 90)]
    [TestCase(30, 90, true, 30)]
    public void Dte_window_is_inclusive_and_ties_take_the_earlier_expiry(int first, int second, bool isTrade, int expectedDte)
    {
        var decision = RecommendationEngine.Decide(Spring(), Spot, [Call(first, 650, 0.5), Call(second, 650, 0.5)], Defaults);
        Assert.That(decision.IsTrade, Is.EqualTo(isTrade));
        if (isTrade)
        {
            Assert.That(decision.Dte, Is.EqualTo(expectedDte));
        }
        else
        {
            Assert.That(decision.NoTradeReason, Is.EqualTo("no expiry within 30-90 DTE"));
        }
    }

    [Test]
    public void Expiry_nearest_the_window_middle_wins()
    {
        ChainContract[] chain = [Call(31, 650, 0.5), Call(62, 650, 0.5), Call(59, 650, 0.1), Call(89, 650, 0.5)];
        var decision = RecommendationEngine.Decide(Spring(), Spot, chain, Defaults);
        Assert.That(decision.Contract, Is.SameAs(chain[2]), "59 DTE is 1 day from 60, 62 DTE 2 days");
    }

    [Test]
    public void Illiquid_or_deltaless_contracts_are_filtered_out()
    {
        ChainContract[] chain =
        [
            Call(59, 650, 0.50, bid: 0),
            Call(59, 651, 0.50, bid: null),
            Call(59, 652, 0.50, openInterest: 4),
            Call(59, 653, null),
            Call(59, 654, double.NaN),
            Put(59, 655, -0.50),
            Call(59, 660, 0.40, openInterest: 5),
        ];
        var decision = RecommendationEngine.Decide(Spring(), Spot, chain, Defaults with { MinOpenInterest = 5 });
        Assert.That(decision.Contract, Is.SameAs(chain[^1]));
    }

    [Test]
    public void Nearest_absolute_delta_wins_with_open_interest_breaking_ties()
    {
        ChainContract[] puts =
        [
            Put(59, 620, -0.30), Put(59, 640, -0.45), Put(59, 650, -0.56), Put(59, 670, -0.70),
        ];
        Assert.That(RecommendationEngine.Decide(Bc(), Spot, puts, Defaults).Contract, Is.SameAs(puts[1]));

        ChainContract[] tied = [Call(59, 645, 0.55, openInterest: 10), Call(59, 655, 0.45, openInterest: 20)];
        Assert.That(RecommendationEngine.Decide(Spring(), Spot, tied, Defaults).Contract, Is.SameAs(tied[1]));
    }

    [Test]
    public void No_liquid_contract_in_the_chosen_expiry_is_no_trade_without_falling_back()
    {
        ChainContract[] chain = [Call(59, 650, 0.5, bid: 0), Put(59, 650, -0.5), Call(70, 650, 0.5)];
        var decision = RecommendationEngine.Decide(Spring(), Spot, chain, Defaults);
        Assert.That(decision.IsTrade, Is.False);
        Assert.That(decision.NoTradeReason, Is.EqualTo("no liquid call with a delta in 2025-10-24 expiry"));
        Assert.That(decision.Contract, Is.Null);
        Assert.That(decision.Confidence, Is.Zero);

        var puts = RecommendationEngine.Decide(Bc(), Spot, [Call(59, 650, 0.5)], Defaults);
        Assert.That(puts.NoTradeReason, Is.EqualTo("no liquid put with a delta in 2025-10-24 expiry"));
    }

    [Test]
    public void Empty_chain_is_no_trade()
    {
        var decision = RecommendationEngine.Decide(Spring(), Spot, [], Defaults);
        Assert.That(decision.NoTradeReason, Is.EqualTo("no expiry within 30-90 DTE"));
    }

    [Test]
    public void Invalid_arguments_throw()
    {
        ChainContract[] chain = [Call(59, 650, 0.5)];
        Assert.Multiple(() =>
        {
            Assert.That(() => RecommendationEngine.Decide(Spring(), 0, chain, Defaults), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => RecommendationEngine.Decide(Spring(), Spot, chain, Defaults with { MinDte = 91 }), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => RecommendationEngine.Decide(Spring(), Spot, chain, Defaults with { TargetAbsDelta = 0 }), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => RecommendationEngine.Decide(Spring(), Spot, chain, Defaults with { MinOpenInterest = -1 }), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => RecommendationEngine.Decide(null!, Spot, chain, Defaults), Throws.ArgumentNullException);
        });
    }
}
