using Kapman.Recommendation.Core.Calibration;

namespace Kapman.Recommendation.Core.Tests.Calibration;

public sealed class BrierBootstrapTests
{
    private static List<(double P, bool O)> Calls(int n)
    {
        // Deterministic pattern: p = 0.7 on calls right 7 times in 10, p = 0.3 on calls right 3 times in 10.
        var calls = new List<(double, bool)>();
        for (var i = 0; i < n; i++)
        {
            calls.Add((0.7, i % 10 < 7));
            calls.Add((0.3, i % 10 < 3));
        }

        return calls;
    }

    [Test]
    public void Skill_matches_the_hand_computed_value()
    {
        // Base rate 0.5, reference 0.25; Brier = 0.7 × 0.09 + 0.3 × 0.49 = 0.21 on both halves; skill = 1 − 0.21 / 0.25 = 0.16.
        Assert.That(BrierBootstrap.Skill(Calls(100)), Is.EqualTo(0.16).Within(1e-12));
    }

    [Test]
    public void Interval_contains_the_point_estimate_is_ordered_and_is_reproducible()
    {
        var calls = Calls(200);

        var first = BrierBootstrap.SkillInterval(calls, 500, seed: 7)!.Value;
        var again = BrierBootstrap.SkillInterval(calls, 500, seed: 7)!.Value;
        var other = BrierBootstrap.SkillInterval(calls, 500, seed: 8)!.Value;

        Assert.That(first.Lower, Is.LessThan(0.16));
        Assert.That(first.Upper, Is.GreaterThan(0.16));
        Assert.That(again, Is.EqualTo(first));
        Assert.That(other, Is.Not.EqualTo(first));
    }

    [Test]
    public void Interval_narrows_with_more_calls()
    {
        var small = BrierBootstrap.SkillInterval(Calls(50), 400, seed: 1)!.Value;
        var large = BrierBootstrap.SkillInterval(Calls(800), 400, seed: 1)!.Value;

        Assert.That(large.Upper - large.Lower, Is.LessThan((small.Upper - small.Lower) / 2));
    }

    [Test]
    public void No_interval_when_every_outcome_is_the_same()
    {
        Assert.That(BrierBootstrap.SkillInterval([(0.6, true), (0.8, true)], 100, seed: 1), Is.Null);
    }
}
