using Kapman.Execution.Core.Exits;
using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Tests.Exits;

public class ExitEvaluatorTests
{
    private static readonly DateTimeOffset Entry = TestOrders.T0;
    private static readonly DateOnly Session = new(2026, 1, 5);

    /// <summary>3 put credit spreads sold for 1.27, expiring 2026-01-16.</summary>
    private static readonly ExitPosition Spread = new("G-1", PriceType.NetCredit, 1.27m, 3, Entry, new DateOnly(2026, 1, 16));

    /// <summary>50 % target (close at a 0.635 debit), 100 % stop (close at a 2.54 debit).</summary>
    private static readonly ExitRules Rules = new(0.50m, 1.00m);

    private static ExitScan At(double minutes, decimal? mark, double? vix = null) => new(Entry.AddMinutes(minutes), Session, mark, vix);

    /// <summary>Runs scans in order from the initial state and returns every decision.</summary>
    private static List<ExitDecision> Run(ExitRules rules, params ExitScan[] scans)
    {
        var state = ExitScanState.Initial;
        var decisions = new List<ExitDecision>();
        foreach (var scan in scans)
        {
            var d = ExitEvaluator.Evaluate(Spread, rules, ExitGuards.Default, state, scan);
            decisions.Add(d);
            state = d.State;
        }

        return decisions;
    }

    [Test]
    public void Nothing_exits_inside_the_fifteen_minute_grace_period()
    {
        var d = Run(Rules, At(14.9, 0.10m)).Single();
        Assert.That((d.Action, d.Detail), Is.EqualTo((ExitAction.Hold, "grace period: held 14.9 of 15 min")));
        Assert.That(d.State.LastMark, Is.EqualTo(0.10m), "the mark becomes the suspect-guard baseline");
    }

    [Test]
    public void The_profit_target_fires_on_the_third_consecutive_scan()
    {
        // debits 0.60, 0.62, 0.61 are all <= 0.635; P&L per share at the third 1.27 - 0.61 = 0.66.
        var d = Run(Rules, At(16, 0.60m), At(17, 0.62m), At(18, 0.61m));
        Assert.Multiple(() =>
        {
            Assert.That(d.Select(x => x.Action), Is.EqualTo(new[] { ExitAction.Hold, ExitAction.Hold, ExitAction.Exit }));
            Assert.That(d[2].Reason, Is.EqualTo(ExitReason.ProfitTarget));
            Assert.That(d[2].PnlPerShare, Is.EqualTo(0.66m));
            Assert.That(d[1].Detail, Is.EqualTo("target 2/3"));
        });
    }

    [Test]
    public void A_scan_that_misses_breaks_the_streak()
    {
        // 2.60 >= 2.54 stop (1), 2.40 not (0), 2.60 (1), 2.70 (2): no exit yet.
        var d = Run(Rules, At(16, 2.60m), At(17, 2.40m), At(18, 2.60m), At(19, 2.70m));
        Assert.That(d.Select(x => x.State.ConsecutiveStopScans), Is.EqualTo(new[] { 1, 0, 1, 2 }));
        Assert.That(d.All(x => x.Action == ExitAction.Hold), Is.True);
    }

    [Test]
    public void A_suspect_mark_is_deferred_without_breaking_or_counting_the_streak()
    {
        // 2.60 (stop 1), 2.70 (stop 2), 4.50: |4.50 - 2.70| / 2.70 = 0.67 > 0.50 -> defer, streak stays 2;
        // 2.80: |2.80 - 4.50| / 4.50 = 0.38 -> valid, stop 3 -> exit. P&L 1.27 - 2.80 = -1.53.
        var d = Run(Rules, At(16, 2.60m), At(17, 2.70m), At(18, 4.50m), At(19, 2.80m));
        Assert.Multiple(() =>
        {
            Assert.That(d.Select(x => x.Action), Is.EqualTo(new[] { ExitAction.Hold, ExitAction.Hold, ExitAction.Defer, ExitAction.Exit }));
            Assert.That(d[2].State.ConsecutiveStopScans, Is.EqualTo(2));
            Assert.That(d[3].Reason, Is.EqualTo(ExitReason.StopLoss));
            Assert.That(d[3].PnlPerShare, Is.EqualTo(-1.53m));
        });
    }

    [Test]
    public void A_jump_of_exactly_half_is_not_suspect()
    {
        // 2.00 -> 3.00 is a 0.50 jump: not more than 0.50, so it counts (3.00 >= 2.54: stop 1).
        var d = Run(Rules, At(16, 2.00m), At(17, 3.00m));
        Assert.That((d[1].Action, d[1].State.ConsecutiveStopScans), Is.EqualTo((ExitAction.Hold, 1)));
    }

    [Test]
    public void A_dollar_stop_fires_when_position_pnl_reaches_it()
    {
        // Stop $300: 3 x 100 x (1.27 - 2.28) = -303 <= -300 on three scans.
        var rules = new ExitRules(null, null, StopLossDollars: 300m);
        var d = Run(rules, At(16, 2.28m), At(17, 2.28m), At(18, 2.28m));
        Assert.That(d[^1].Reason, Is.EqualTo(ExitReason.StopLoss));
        Assert.That(Run(rules, At(16, 2.26m), At(17, 2.26m), At(18, 2.26m))[^1].Action, Is.EqualTo(ExitAction.Hold)); // -297
    }

    [Test]
    public void A_debit_position_profits_when_its_mark_rises()
    {
        // Butterfly bought for 0.93: a 0.50 target closes at a 1.395 credit.
        var fly = Spread with { EntryType = PriceType.NetDebit, EntryPrice = 0.93m };
        var state = ExitScanState.Initial;
        ExitDecision d = null!;
        foreach (var mark in new[] { 1.40m, 1.45m, 1.50m })
        {
            d = ExitEvaluator.Evaluate(fly, Rules, ExitGuards.Default, state, At(20, mark));
            state = d.State;
        }

        Assert.That((d.Reason, d.PnlPerShare), Is.EqualTo((ExitReason.ProfitTarget, (decimal?)0.57m)));
    }

    [TestCase("2026-01-15", true)] // 1 day to the 2026-01-16 expiry <= 1
    [TestCase("2026-01-14", false)] // 2 days
    public void The_days_to_expiry_time_stop_needs_no_mark_and_no_persistence(string session, bool exits)
    {
        var scan = new ExitScan(Entry.AddDays(10), DateOnly.Parse(session, System.Globalization.CultureInfo.InvariantCulture), null);
        var d = ExitEvaluator.Evaluate(Spread, Rules with { CloseAtDaysToExpiry = 1 }, ExitGuards.Default, ExitScanState.Initial, scan);
        Assert.That(d.Action, Is.EqualTo(exits ? ExitAction.Exit : ExitAction.Hold));
        Assert.That(d.Reason, Is.EqualTo(exits ? ExitReason.TimeStop : ExitReason.None));
    }

    [Test]
    public void The_clock_time_stop_fires_at_its_instant()
    {
        var rules = Rules with { TimeStopAt = Entry.AddMinutes(30) };
        Assert.That(Run(rules, At(29.9, 1.00m)).Single().Action, Is.EqualTo(ExitAction.Hold));
        Assert.That(Run(rules, At(30, 1.00m)).Single().Reason, Is.EqualTo(ExitReason.TimeStop));
    }

    [Test]
    public void A_vix_spike_exits_at_once_even_in_the_grace_period()
    {
        var d = Run(Rules, At(2, 1.00m, vix: 10.0)).Single();
        Assert.That((d.Action, d.Reason, d.IsEmergency), Is.EqualTo((ExitAction.Exit, ExitReason.VixSpike, true)));
        Assert.That(Run(Rules, At(2, 1.00m, vix: 9.9)).Single().Action, Is.EqualTo(ExitAction.Hold));
    }

    [Test]
    public void A_missing_mark_holds_and_keeps_the_streak()
    {
        var d = Run(Rules, At(16, 2.60m), At(17, 2.60m), At(18, null), At(19, 2.60m));
        Assert.That(d.Select(x => x.Action), Is.EqualTo(new[] { ExitAction.Hold, ExitAction.Hold, ExitAction.Hold, ExitAction.Exit }));
        Assert.That(d[2].Detail, Does.Contain("no mark"));
    }
}
