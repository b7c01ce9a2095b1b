using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Tests;

/// <summary>The pipeline runs A, B, D, E, F, C, G, H, stops at the first rejection and keeps every verdict up to it.</summary>
public class DecisionPipelineTests
{
    private static readonly string[] FullOrder = ["A", "B", "D", "E", "F", "C", "G", "H"];

    [Test]
    public void A_rich_condor_passes_every_stage()
    {
        var input = Fixtures.Input(chain: Fixtures.Chain(Fixtures.Strikes45(richPremium: true)));

        var result = DecisionPipeline.Run(input, DecisionThresholds.Default);

        TestContext.Out.WriteLine(result.Describe());
        Assert.That(result.Accepted, Is.True, result.Describe());
        Assert.That(result.Trail.Select(v => v.Code), Is.EqualTo(FullOrder));
        Assert.That(result.Candidate!.Structure, Is.EqualTo(StructureType.IronCondor));
        // Mid credit 1.82 − 0.22 + 1.72 − 0.32 = 3.00, slippage 0.04: EV_net = 0.672236 × 296 − 0.327764 × 404 − 5.20 = 61.267 (by hand).
        Assert.That(result.Ev!.Value, Is.EqualTo((0.67223630326076 * 296) - (0.32776369673924 * 404) - 5.2).Within(1e-6));
    }

    [Test]
    public void The_first_rejection_stops_the_run_and_says_why()
    {
        var fomc = new MacroEvent("FOMC rate decision", Fixtures.Now.AddMinutes(-5), Fixtures.Now.AddMinutes(55));

        var result = DecisionPipeline.Run(Fixtures.Input(macro: [fomc]), DecisionThresholds.Default);

        Assert.That(result.Accepted, Is.False);
        Assert.That(result.Trail.Select(v => v.Code), Is.EqualTo(new[] { "A", "B" }));
        Assert.That(result.Rejection!.Stage, Is.EqualTo(GateStage.Calendar));
        Assert.That(result.Rejection.Reason, Does.Contain("FOMC rate decision"));
        Assert.That(result.Candidate, Is.Null);
    }

    [Test]
    public void A_missing_corporate_source_rejects_at_G_with_the_candidate_kept()
    {
        var input = Fixtures.Input(chain: Fixtures.Chain(Fixtures.Strikes45(richPremium: true)), noCorporateSource: true);

        var result = DecisionPipeline.Run(input, DecisionThresholds.Default);

        Assert.That(result.Trail.Select(v => v.Code), Is.EqualTo(FullOrder[..7]));
        Assert.That(result.Rejection!.Reason, Does.Contain("fail closed"));
        Assert.That(result.Candidate, Is.Not.Null, "the trail shows what would have been traded");
    }

    [Test]
    public void Backwardation_rejects_at_E()
    {
        var result = DecisionPipeline.Run(Fixtures.Input(regime: Fixtures.PassingRegime with { Vix = 24, Vix3M = 22 }), DecisionThresholds.Default);

        Assert.That(result.Rejection!.Code, Is.EqualTo("E"));
        Assert.That(result.Rejection.Compared[0].ToString(), Is.EqualTo("vix/vix3m: 1.09091 < 1 FAIL"));
    }

    [Test]
    public void The_last_half_hour_rejects_at_H()
    {
        var input = Fixtures.Input(chain: Fixtures.Chain(Fixtures.Strikes45(richPremium: true)), now: new DateTimeOffset(2025, 8, 26, 19, 45, 0, TimeSpan.Zero));
        // Quotes 30 s old at 14:00 are 5.75 h old at 15:45: refresh them so that only H can reject.
        input = input with { Chain = input.Chain with { Quotes = input.Chain.Quotes.Select(q => q with { QuotedAt = input.Now.AddSeconds(-30) }).ToList() } };

        var result = DecisionPipeline.Run(input, DecisionThresholds.Default);

        Assert.That(result.Trail.Select(v => v.Code), Is.EqualTo(FullOrder));
        Assert.That(result.Rejection!.Code, Is.EqualTo("H"));
    }
}
