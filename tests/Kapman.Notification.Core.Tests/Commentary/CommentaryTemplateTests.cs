using Kapman.LanguageModels.FactChecking;
using Kapman.Notification.Core.Commentary;

namespace Kapman.Notification.Core.Tests.Commentary;

/// <summary>
/// The template report on hand-made facts: session 2025-08-26, run 1 issued / 0 no trade, IWM SHORT LONG_PUT IWM250919P00220000 at
/// 0.61, a BC_EXIT alert on IWM (score 25), dealers on IWM (spot 221.4, net GEX -350,000,000, SHORT_GAMMA, call wall 230, no put wall
/// or flip), an order and the kill switch in safe_mode.
/// </summary>
public class CommentaryTemplateTests
{
    private static SessionFacts Facts() => new(
        new DateOnly(2025, 8, 26), 1, 0,
        [new SessionRecommendation("IWM", "ISSUED", "LONG_PUT", "SHORT", ["IWM250919P00220000"], 0.61, null)],
        [new SessionAlert("IWM", "BC_EXIT", 25)],
        [new SessionDealer("IWM", 221.4, -350_000_000, null, 230, null, "SHORT_GAMMA")],
        [new SessionOrder("IWM", "BUY 2 IWM250919P00220000 @ 3.10 DEBIT", "filled", 2, 2, "PAPER")],
        "safe_mode", "reconciliation mismatch");

    [Test]
    public void The_template_states_the_facts_in_a_fixed_order() => Assert.That(CommentaryTemplate.Write(ReportKinds.PostMarket, Facts()), Is.EqualTo(
        "Post-market report, facts of session 2025-08-26. Run: 1 issued, 0 no trade. IWM: LONG_PUT SHORT, IWM250919P00220000, confidence 0.61. "
        + "IWM spot 221.40, net GEX -350000000, dealers SHORT_GAMMA, call wall 230. Alert BC_EXIT on IWM (score 25). "
        + "Order BUY 2 IWM250919P00220000 @ 3.10 DEBIT: filled, 2 of 2 filled (PAPER). Kill switch safe_mode: reconciliation mismatch."));

    [Test]
    public void A_confidence_without_edge_is_said_to_be_the_base_rate()
    {
        var facts = Facts() with { Recommendations = [new SessionRecommendation("IWM", "ISSUED", "LONG_PUT", "SHORT", ["IWM250919P00220000"], 0.4, null, NoEdge: true)] };

        var text = CommentaryTemplate.Write(ReportKinds.PostMarket, facts);

        Assert.That(text, Does.Contain("IWM: LONG_PUT SHORT, IWM250919P00220000, confidence 0.40 (no edge: the signal's base rate). "));
        Assert.That(TextFactChecker.Check(text, CommentaryFactSet.From(facts)), Is.Empty);
    }

    [Test]
    public void The_template_passes_the_fact_check_of_its_own_facts() =>
        Assert.That(TextFactChecker.Check(CommentaryTemplate.Write(ReportKinds.OnDemand, Facts()), CommentaryFactSet.From(Facts())), Is.Empty);

    [Test]
    public void A_text_with_a_wall_that_is_not_in_the_facts_fails_the_check() =>
        Assert.That(TextFactChecker.Check("IWM sits under the 235 call wall.", CommentaryFactSet.From(Facts())),
            Is.EqualTo(new[] { "names strike 235 that is not in the facts", "states number 235 that is not in the facts" }));
}
