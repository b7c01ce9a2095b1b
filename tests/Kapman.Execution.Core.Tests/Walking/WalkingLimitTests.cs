using Kapman.Execution.Core.Orders;
using Kapman.Execution.Core.Walking;

namespace Kapman.Execution.Core.Tests.Walking;

public class WalkingLimitTests
{
    private static readonly WalkingLimitParameters Credit =
        new(PriceType.NetCredit, 1.30m, 1.15m, 0.05m, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60));

    private static ComboQuoteTick Tick(double seconds, decimal natural, int size = 10) => new(TimeSpan.FromSeconds(seconds), natural, size);

    [Test]
    public void No_fill_walks_to_the_next_step()
    {
        var d = WalkingLimit.Next(Credit, 0, StepOutcome.NoFill, 0);
        Assert.That(d.Action, Is.EqualTo(WalkingLimitAction.PlaceNext));
        Assert.That(d.NextStep!.Price, Is.EqualTo(1.25m));
    }

    [Test]
    public void No_fill_on_the_last_step_times_out() =>
        Assert.That(WalkingLimit.Next(Credit, 3, StepOutcome.NoFill, 0).Action, Is.EqualTo(WalkingLimitAction.TimeOut));

    [TestCase(StepOutcome.Filled, WalkingLimitAction.Succeed)]
    [TestCase(StepOutcome.PartiallyFilled, WalkingLimitAction.FlattenPartial)]
    [TestCase(StepOutcome.Rejected, WalkingLimitAction.Fail)]
    [TestCase(StepOutcome.Expired, WalkingLimitAction.Fail)]
    public void Broker_outcomes_map_to_the_seed_steps(StepOutcome outcome, WalkingLimitAction action) =>
        Assert.That(WalkingLimit.Next(Credit, 1, outcome, outcome == StepOutcome.PartiallyFilled ? 2 : 0).Action, Is.EqualTo(action));

    [Test]
    public void Replay_fills_on_the_third_rung_when_the_market_meets_it()
    {
        // 0-10 s limit 1.30: natural 1.22 does not reach it; 10-20 s limit 1.25: natural 1.24 does not;
        // 20-30 s limit 1.20: natural 1.21 at 21 s crosses, 10 available, 5 wanted: filled at 1.20.
        var run = WalkingLimitReplay.Run(Credit, 5, [Tick(3, 1.22m), Tick(12, 1.24m), Tick(21, 1.21m)]);
        Assert.Multiple(() =>
        {
            Assert.That(run.Outcome, Is.EqualTo(WalkingLimitOutcome.Filled));
            Assert.That(run.FillPrice, Is.EqualTo(1.20m));
            Assert.That(run.FilledQuantity, Is.EqualTo(5));
            Assert.That(run.Attempts.Select(a => (a.Step.Price, a.Outcome)), Is.EqualTo(new[]
            {
                (1.30m, StepOutcome.NoFill), (1.25m, StepOutcome.NoFill), (1.20m, StepOutcome.Filled),
            }));
            Assert.That(run.Attempts[2].EndedAt, Is.EqualTo(TimeSpan.FromSeconds(21)));
        });
    }

    [Test]
    public void Replay_flattens_a_partial_fill_instead_of_walking_on()
    {
        // At 21 s only 3 of 5 spreads are offered at 1.21 >= 1.20: 3 fill, the walk stops and flattens them,
        // even though a later tick (25 s) would have filled the rest.
        var run = WalkingLimitReplay.Run(Credit, 5, [Tick(3, 1.22m), Tick(21, 1.21m, 3), Tick(25, 1.30m)]);
        Assert.Multiple(() =>
        {
            Assert.That(run.Outcome, Is.EqualTo(WalkingLimitOutcome.PartialFillFlattened));
            Assert.That(run.FilledQuantity, Is.EqualTo(3));
            Assert.That(run.Attempts, Has.Count.EqualTo(3));
            Assert.That(run.Attempts[^1].Outcome, Is.EqualTo(StepOutcome.PartiallyFilled));
        });
    }

    [Test]
    public void Replay_times_out_when_the_market_never_reaches_the_worst_price()
    {
        var run = WalkingLimitReplay.Run(Credit, 1, [Tick(1, 1.10m), Tick(15, 1.12m), Tick(35, 1.14m), Tick(45, 1.50m)]);
        Assert.Multiple(() =>
        {
            Assert.That(run.Outcome, Is.EqualTo(WalkingLimitOutcome.TimedOut));
            Assert.That(run.Attempts.Select(a => a.Step.Price), Is.EqualTo(new[] { 1.30m, 1.25m, 1.20m, 1.15m }));
            Assert.That(run.FillPrice, Is.Null);
        });
    }

    [Test]
    public void Replay_fills_at_the_start_price_when_the_market_is_already_there()
    {
        var run = WalkingLimitReplay.Run(Credit, 2, [Tick(0, 1.30m)]);
        Assert.That((run.Outcome, run.FillPrice, run.Attempts.Count), Is.EqualTo((WalkingLimitOutcome.Filled, (decimal?)1.30m, 1)));
    }

    [Test]
    public void A_debit_replay_fills_when_the_ask_comes_down_to_the_walked_limit()
    {
        // limits 1.40 (0-10 s), 1.45 (10-20 s); natural 1.47 at 5 s and 1.44 at 14 s: fills at 1.45 on the second rung.
        var debit = new WalkingLimitParameters(PriceType.NetDebit, 1.40m, 1.52m, 0.05m, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60));
        var run = WalkingLimitReplay.Run(debit, 2, [Tick(5, 1.47m), Tick(14, 1.44m)]);
        Assert.That((run.Outcome, run.FillPrice), Is.EqualTo((WalkingLimitOutcome.Filled, (decimal?)1.45m)));
    }

    [Test]
    public void A_tick_with_no_size_does_not_fill() =>
        Assert.That(WalkingLimitReplay.Run(Credit, 1, [Tick(1, 1.40m, 0)]).Outcome, Is.EqualTo(WalkingLimitOutcome.TimedOut));
}
