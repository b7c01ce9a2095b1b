using Kapman.Recommendation.Core.Justification;
using Kapman.Recommendation.Core.Strategies;
using static Kapman.Recommendation.Core.Tests.Chains;

namespace Kapman.Recommendation.Core.Tests.Justification;

/// <summary>The validator on a long call SPY 2025-10-24 100 C bought at 5.00 (breakeven 105, max loss $500, unbounded profit).</summary>
public sealed class JustificationValidatorTests
{
    private static readonly ChainContract Leg = Call(59, 100, 0.52, 4.9, 5.1);

    private static JustificationFacts Facts() => JustificationFacts.From(StrategyEngine.Decide(
        new StrategyInput("SPY", Session, 100, 3, 10, "SPRING_ENTRY", WyckoffPhase.Accumulation, []), [Leg], StrategyParameters.Default, new RiskLimits()));

    private static JustificationAnswer Answer(string rationale, AnswerContract? contract = null, double? confidence = null, double? breakeven = null, double? maxProfit = null) =>
        new("Buy the SPY call.", rationale, "Premium can be lost.", [contract ?? new AnswerContract(Leg.OccSymbol, "2025-10-24", 100, "call")],
            confidence, breakeven, 500, maxProfit);

    [Test]
    public void The_leg_as_given_passes()
    {
        Assert.That(Leg.OccSymbol, Is.EqualTo("SPY251024C00100000"));
        Assert.That(JustificationValidator.Validate(Answer("Spring 10/12 with the 100 strike call expiring 2025-10-24 (SPY251024C00100000).", confidence: 10 / 12.0, breakeven: 105), Facts()), Is.Null);
    }

    [Test]
    public void A_contract_with_a_hallucinated_strike_is_rejected() =>
        Assert.That(JustificationValidator.Validate(Answer("ok", new AnswerContract("SPY251024C00105000", "2025-10-24", 105, "call")), Facts()),
            Is.EqualTo("names contract SPY251024C00105000 (call 105, 2025-10-24) outside the allowed list"));

    [Test]
    public void The_right_symbol_with_a_wrong_strike_is_rejected() =>
        Assert.That(JustificationValidator.Validate(Answer("ok", new AnswerContract(Leg.OccSymbol, "2025-10-24", 101, "call")), Facts()), Does.StartWith("names contract"));

    [TestCase("Consider the 105 strike instead.", "text names strike 105 outside the allowed list")]
    [TestCase("Or the $110 call.", "text names strike 110 outside the allowed list")]
    [TestCase("Roll into the 95P.", "text names strike 95 outside the allowed list")]
    [TestCase("A strike of 102.5 is cheaper.", "text names strike 102.5 outside the allowed list")]
    [TestCase("The 2025-11-21 expiry also works.", "text names expiry 2025-11-21 outside the allowed list")]
    [TestCase("See SPY251121C00100000.", "text names symbol SPY251121C00100000 outside the allowed list")]
    public void Hallucinations_in_the_text_are_rejected(string rationale, string reason) =>
        Assert.That(JustificationValidator.Validate(Answer(rationale), Facts()), Is.EqualTo(reason));

    [Test]
    public void Contradicting_numbers_are_rejected()
    {
        var facts = Facts();
        Assert.Multiple(() =>
        {
            Assert.That(JustificationValidator.Validate(Answer("ok", confidence: 0.9), facts), Is.EqualTo("states confidence 0.9, the facts say 0.8333"));
            Assert.That(JustificationValidator.Validate(Answer("ok", breakeven: 104), facts), Is.EqualTo("states breakeven 104, the facts say 105"));
            Assert.That(JustificationValidator.Validate(Answer("ok", maxProfit: 1000), facts), Is.EqualTo("states max profit per contract 1000 but the facts have none"));
        });
    }

    [Test]
    public void A_no_trade_allows_no_contract()
    {
        var facts = JustificationFacts.From(StrategyEngine.Decide(
            new StrategyInput("SPY", Session, 100, 3, 10, "SPRING_ENTRY", WyckoffPhase.Accumulation, []), [], StrategyParameters.Default, new RiskLimits()));
        Assert.That(JustificationValidator.Validate(Answer("ok"), facts), Does.StartWith("names contract SPY251024C00100000"));
    }

    [Test]
    public void The_parser_reads_a_fenced_answer_and_refuses_a_missing_field()
    {
        var (answer, error) = JustificationAnswerParser.Parse("""
            ```json
            {"summary":"s","rationale":"r","risks":"k","contracts":[{"occ_symbol":"X","expiration":"2025-10-24","strike":100,"right":"call"}],
             "confidence":0.5,"breakeven":null,"max_loss_per_contract":500,"max_profit_per_contract":null}
            ```
            """);
        Assert.That(error, Is.Null);
        Assert.That(answer, Is.EqualTo(new JustificationAnswer("s", "r", "k", answer!.Contracts, 0.5, null, 500, null)));
        Assert.That(answer.Contracts, Is.EqualTo(new[] { new AnswerContract("X", "2025-10-24", 100, "call") }));
        Assert.That(JustificationAnswerParser.Parse("""{"summary":"s"}""").Error, Does.StartWith("answer does not match the schema"));
        Assert.That(JustificationAnswerParser.Parse("no json").Error, Is.EqualTo("answer holds no JSON object"));
    }
}
