using Kapman.OptionMath;
using Kapman.Options.Core;
using Kapman.Recommendation.Core.Justification;
using Kapman.Recommendation.Core.Strategies;

namespace Kapman.Recommendation.Core.Tests.Strategies;

/// <summary>
/// Every structure on the real SPY 2025-08-26 chain (7,011 contracts, spot 645.16, deltas from the Options
/// enrichment): each leg is one of the chain's contracts, inside the window and delta band, and the template
/// justification of the result passes the validator (it names only allowed contracts and states no foreign number).
/// </summary>
public sealed class SpyChainStrategyTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private static ChainContract[] chain = [];

    [OneTimeSetUp]
    public static void Load()
    {
        using var file = File.OpenRead(RepoFiles.SharedData("options", "snapshots", "SPY", "2025-08-26.json"));
        chain = ChainEnricher.Enrich(PolygonSnapshotReader.Read(file, "SPY", Session), PricingInputs.Default)
            .Select(e => new ChainContract(e.Quote.OccSymbol, e.Quote.Right, e.Quote.Expiration, e.Quote.Strike, e.Quote.Bid, e.Quote.Ask, e.Greeks?.Delta, e.Quote.OpenInterest))
            .ToArray();
    }

    [TestCase(3, 10, "SPRING_ENTRY", WyckoffPhase.Accumulation, "", "LONG_CALL")]
    [TestCase(25, 0, "BC_EXIT", WyckoffPhase.Distribution, "", "LONG_PUT")]
    [TestCase(5, 4, null, WyckoffPhase.Accumulation, "ST", "CSP")]
    [TestCase(3, 10, "SPRING_ENTRY", WyckoffPhase.Consolidation, "", "BULL_CALL_DEBIT")]
    [TestCase(21, 0, null, WyckoffPhase.Distribution, "", "BEAR_PUT_DEBIT")]
    [TestCase(5, 0, null, WyckoffPhase.Markup, "SOS", "BULL_PUT_CREDIT")]
    [TestCase(8, 0, null, WyckoffPhase.Markdown, "SOW", "BEAR_CALL_CREDIT")]
    public void Each_structure_trades_listed_contracts_only(int bc, int spring, string? alert, WyckoffPhase phase, string events, string structure)
    {
        Assert.That(chain, Has.Length.EqualTo(7011));
        var p = StrategyParameters.Default;
        var input = new StrategyInput("SPY", Session, 645.16, bc, spring, alert, phase, events.Length == 0 ? [] : [events]);
        var d = StrategyEngine.Decide(input, chain, p, new RiskLimits(100_000, 10));
        Assert.That(d.Intent.Structure, Is.EqualTo(structure));
        Assert.That(d.Plan, Is.Not.Null, d.NoTradeReason);
        foreach (var leg in d.Plan!.Legs)
        {
            Assert.That(chain, Does.Contain(leg.Contract));
            Assert.That(ContractSelector.IsLiquid(leg.Contract, p), Is.True);
        }

        Assert.That(d.Plan.MaxLossPerContract, Is.GreaterThan(0));
        var facts = JustificationFacts.From(d);
        var template = TemplateJustification.Write(facts);
        var answer = new JustificationAnswer(template, "-", "-",
            facts.AllowedContracts.Select(a => new AnswerContract(a.OccSymbol, a.Expiration.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Strike, a.Right)).ToList(),
            facts.Confidence, facts.Breakeven, facts.MaxLossPerContract, facts.MaxProfitPerContract);
        Assert.That(JustificationValidator.Validate(answer, facts), Is.Null, template);
    }
}
