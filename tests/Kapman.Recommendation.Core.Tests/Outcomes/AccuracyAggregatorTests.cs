using Kapman.Recommendation.Core.Outcomes;

namespace Kapman.Recommendation.Core.Tests.Outcomes;

/// <summary>
/// Four calls: (0.8 right, A, LONG_CALL, SPRING), (0.6 wrong, A, CSP, ST), (0.9 right, D, LONG_PUT, BC), (0.3 right, D, LONG_PUT, BC).
/// By hand: hit rate 3/4; Brier (0.04 + 0.36 + 0.01 + 0.49)/4 = 0.225; baseline 0.75 x 0.25 = 0.1875; skill 1 - 0.225/0.1875 = -0.2.
/// </summary>
public sealed class AccuracyAggregatorTests
{
    private static readonly ScoredCall[] Calls =
    [
        new(0.8, true, "A", "LONG_CALL", "SPRING"), new(0.6, false, "A", "CSP", "ST"),
        new(0.9, true, "D", "LONG_PUT", "BC"), new(0.3, true, "D", "LONG_PUT", "BC"),
    ];

    [Test]
    public void Overall_hit_rate_brier_and_skill_against_climatology()
    {
        var overall = AccuracyAggregator.Summarize(Calls).Overall;
        Assert.That((overall.Key, overall.Count), Is.EqualTo(("ALL", 4)));
        Assert.That(new[] { overall.HitRate, overall.MeanBrier, overall.BaselineBrier, overall.BrierSkill!.Value },
            Is.EqualTo(new[] { 0.75, 0.225, 0.1875, -0.2 }).Within(1e-12));
    }

    [Test]
    public void Groups_by_phase_strategy_and_signal()
    {
        var summary = AccuracyAggregator.Summarize(Calls);
        var a = summary.ByPhase[0];
        var d = summary.ByPhase[1];
        Assert.Multiple(() =>
        {
            // A: rate 1/2, Brier (0.04 + 0.36)/2 = 0.2, baseline 0.25, skill 0.2. D: rate 1, Brier (0.01 + 0.49)/2 = 0.25, baseline 0: no skill.
            Assert.That(new[] { a.HitRate, a.MeanBrier, a.BaselineBrier, a.BrierSkill!.Value }, Is.EqualTo(new[] { 0.5, 0.2, 0.25, 0.2 }).Within(1e-12));
            Assert.That((d.Key, d.HitRate, d.BrierSkill), Is.EqualTo(("D", 1.0, (double?)null)));
            Assert.That(d.MeanBrier, Is.EqualTo(0.25).Within(1e-12));
            Assert.That(summary.ByStrategy.Select(g => (g.Key, g.Count)), Is.EqualTo(new[] { ("CSP", 1), ("LONG_CALL", 1), ("LONG_PUT", 2) }));
            Assert.That(summary.BySignal.Select(g => g.Key), Is.EqualTo(new[] { "BC", "SPRING", "ST" }));
        });
    }

    [Test]
    public void Reliability_table_puts_each_call_in_its_tenth()
    {
        var table = AccuracyAggregator.Summarize(Calls).Reliability;
        Assert.That(table, Has.Count.EqualTo(10));
        Assert.That(table.Select(b => b.Count), Is.EqualTo(new[] { 0, 0, 0, 1, 0, 0, 1, 0, 1, 1 }));
        Assert.That(table.Select(b => b.ObservedFrequency), Is.EqualTo(new double?[] { null, null, null, 1, null, null, 0, null, 1, 1 }));
        Assert.That(table[9], Is.EqualTo(new ReliabilityBucket(0.9, 1.0, 1, 0.9, 1)));
    }

    [Test]
    public void Reliability_bins_of_a_hand_computed_set_in_quarters()
    {
        // Quarters [0, .25), [.25, .5), [.5, .75), [.75, 1]. p = 0.25 and 0.5 open their bins; p = 1 closes the last one.
        // Q1: 0.1 (no) and 0.2 (yes): mean 0.15, observed 1/2. Q2: 0.25 (no): mean 0.25, observed 0. Q3: 0.5 (yes), 0.5 (yes),
        // 0.7 (no): mean 1.7/3, observed 2/3. Q4: 0.75 (yes), 1.0 (yes): mean 0.875, observed 1.
        ScoredCall Call(double p, bool o) => new(p, o, "A", "S", "X");
        var table = AccuracyAggregator.Summarize(
            [Call(0.1, false), Call(0.2, true), Call(0.25, false), Call(0.5, true), Call(0.5, true), Call(0.7, false), Call(0.75, true), Call(1.0, true)], 4)
            .Reliability;

        Assert.That(table.Select(b => (b.Lower, b.Upper, b.Count)), Is.EqualTo(new[] { (0.0, 0.25, 2), (0.25, 0.5, 1), (0.5, 0.75, 3), (0.75, 1.0, 2) }));
        Assert.That(table.Select(b => b.MeanConfidence!.Value), Is.EqualTo(new[] { 0.15, 0.25, 1.7 / 3, 0.875 }).Within(1e-12));
        Assert.That(table.Select(b => b.ObservedFrequency!.Value), Is.EqualTo(new[] { 0.5, 0, 2 / 3.0, 1 }).Within(1e-12));
    }
}
