using Kapman.Execution.Core.Orders;
using Kapman.Execution.Core.Walking;

namespace Kapman.Execution.Core.Tests.Walking;

public class WalkingLimitScheduleTests
{
    private static readonly TimeSpan Ten = TimeSpan.FromSeconds(10);

    private static WalkingLimitParameters Credit(decimal start = 1.30m, decimal worst = 1.15m, decimal step = 0.05m, int maxSeconds = 60) =>
        new(PriceType.NetCredit, start, worst, step, Ten, TimeSpan.FromSeconds(maxSeconds));

    [Test]
    public void A_credit_walks_down_to_the_worst_price_and_stops()
    {
        // 1.30 at 0 s, 1.25 at 10 s, 1.20 at 20 s, 1.15 at 30 s; 1.10 would be below the 1.15 worst.
        var steps = WalkingLimitSchedule.Steps(Credit());
        Assert.That(steps.Select(s => (s.Index, s.Price, s.StartsAt.TotalSeconds)), Is.EqualTo(new[]
        {
            (0, 1.30m, 0.0), (1, 1.25m, 10.0), (2, 1.20m, 20.0), (3, 1.15m, 30.0),
        }));
    }

    [Test]
    public void The_time_limit_cuts_the_ladder_before_the_worst_price()
    {
        // max 25 s: steps start at 0, 10, 20; a step at 30 s would start after the limit.
        Assert.That(WalkingLimitSchedule.Steps(Credit(maxSeconds: 25)).Select(s => s.Price), Is.EqualTo(new[] { 1.30m, 1.25m, 1.20m }));
    }

    [Test]
    public void A_step_starting_exactly_at_the_limit_is_not_placed() =>
        Assert.That(WalkingLimitSchedule.Steps(Credit(maxSeconds: 30)).Select(s => s.Price), Is.EqualTo(new[] { 1.30m, 1.25m, 1.20m }));

    [Test]
    public void A_debit_walks_up_and_never_passes_the_worst_price()
    {
        // 1.40, 1.45, 1.50; 1.55 would pay more than the 1.52 worst.
        var p = new WalkingLimitParameters(PriceType.NetDebit, 1.40m, 1.52m, 0.05m, Ten, TimeSpan.FromMinutes(5));
        Assert.That(WalkingLimitSchedule.Steps(p).Select(s => s.Price), Is.EqualTo(new[] { 1.40m, 1.45m, 1.50m }));
    }

    [Test]
    public void The_ladder_is_not_clamped_to_the_worst_price()
    {
        // 1.00, 0.95; 0.90 is below the 0.92 worst and the walk does not place 0.92 instead.
        Assert.That(WalkingLimitSchedule.Steps(Credit(1.00m, 0.92m)).Select(s => s.Price), Is.EqualTo(new[] { 1.00m, 0.95m }));
    }

    [TestCase(0.0, 1.30)]
    [TestCase(9.999, 1.30)]
    [TestCase(10.0, 1.25)]
    [TestCase(27.5, 1.20)]
    [TestCase(39.9, 1.15)] // the last rung rests its whole interval
    public void StepAt_gives_the_resting_price_for_the_elapsed_time(double seconds, decimal price) =>
        Assert.That(WalkingLimitSchedule.StepAt(Credit(), TimeSpan.FromSeconds(seconds))!.Price, Is.EqualTo(price));

    [TestCase(40.0)]
    [TestCase(-1.0)]
    public void StepAt_is_null_outside_the_walk(double seconds) =>
        Assert.That(WalkingLimitSchedule.StepAt(Credit(), TimeSpan.FromSeconds(seconds)), Is.Null);

    [Test]
    public void Invalid_parameters_are_reported()
    {
        Assert.That(Credit(1.10m, 1.20m).Validate(), Has.Some.Contains("walks down"));
        Assert.That(new WalkingLimitParameters(PriceType.NetDebit, 1.6m, 1.5m, 0.05m, Ten, Ten).Validate(), Has.Some.Contains("walks up"));
        Assert.That(Credit(step: 0m).Validate(), Has.Some.Contains("step"));
        Assert.Throws<ArgumentException>(() => WalkingLimitSchedule.Steps(Credit(step: -0.05m)));
    }
}
