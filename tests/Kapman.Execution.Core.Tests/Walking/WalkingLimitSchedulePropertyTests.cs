using Kapman.Execution.Core.Orders;
using Kapman.Execution.Core.Walking;

namespace Kapman.Execution.Core.Tests.Walking;

/// <summary>Seeded random ladders checked against the invariants of docs/domain/execution.md#walking-limit (seed 003 Appendix B).</summary>
public class WalkingLimitSchedulePropertyTests
{
    [Test]
    public void Ladders_stay_between_start_and_worst_move_by_one_step_and_respect_the_time_limit([Values(11, 12, 13)] int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 300; run++)
        {
            var type = random.Next(2) == 0 ? PriceType.NetCredit : PriceType.NetDebit;
            var start = random.Next(10, 500) * 0.01m;
            var span = random.Next(0, 100) * 0.01m;
            var worst = type == PriceType.NetCredit ? Math.Max(0m, start - span) : start + span;
            var step = random.Next(1, 11) * 0.01m;
            var interval = TimeSpan.FromSeconds(random.Next(1, 30));
            var max = TimeSpan.FromSeconds(random.Next(1, 300));
            var p = new WalkingLimitParameters(type, start, worst, step, interval, max);

            var steps = WalkingLimitSchedule.Steps(p);
            Assert.That(steps, Is.Not.Empty, "the start price is always placed");
            var maxByTime = (int)Math.Ceiling(max / interval);
            var maxByPrice = (int)Math.Floor(Math.Abs(worst - start) / step) + 1;
            Assert.That(steps, Has.Count.EqualTo(Math.Min(maxByTime, maxByPrice)), $"seed {seed} run {run}: {p}");
            for (var i = 0; i < steps.Count; i++)
            {
                Assert.That(steps[i].StartsAt, Is.EqualTo(interval * i).And.LessThan(max));
                Assert.That(Math.Abs(steps[i].Price - start), Is.EqualTo(step * i));
                Assert.That(type == PriceType.NetCredit ? steps[i].Price >= worst : steps[i].Price <= worst, Is.True, "never beyond the worst price");
            }
        }
    }
}
