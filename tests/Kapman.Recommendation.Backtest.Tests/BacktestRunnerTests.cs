using Kapman.Recommendation.Backtest.Analytics;
using Kapman.Recommendation.Backtest.Engine;
using Kapman.Recommendation.Backtest.Reports;
using Kapman.Recommendation.Decision;

namespace Kapman.Recommendation.Backtest.Tests;

/// <summary>The backtest loop on <see cref="HandMadeSeries"/>, whose entries and exits can be reasoned out.</summary>
public class BacktestRunnerTests
{
    [Test]
    public void The_first_session_enters_the_crash_stops_it_out_and_the_regime_gate_then_keeps_it_out()
    {
        var (history, walked) = HandMadeSeries.Build();
        var settings = HandMadeSeries.Settings(walked);

        var result = BacktestRunner.Run(history, settings);
        TestContext.Out.WriteLine(BacktestReportMarkdown.Write(result, PerformanceAnalyzer.Analyze(result.Trades, result.Equity, settings.InitialCapital, 0)));
        TestContext.Out.WriteLine(TradesCsv.Write(result.Trades));

        // Session 1 (2015-01-02, VIX 20 → DTE window 30-60): the only monthly expiration in it is 2015-02-20 (49 days; 2015-01-16 is 14
        // days out and 2015-03-20 77). Flat zigzag, RV20 about 0.03 against an ATM IV of 0.79 × 0.20 = 0.158: VRP positive; the
        // zigzag's +DI and −DI balance, so ADX stays low. The pipeline accepts and the condor fills.
        var first = result.Trades[0];
        Assert.That(first.Position.EntryDate, Is.EqualTo(walked[0]));
        Assert.That(first.Position.Expiration, Is.EqualTo(new DateOnly(2015, 2, 20)));
        Assert.That(first.Position.Legs.Count(l => l.Quantity < 0), Is.EqualTo(2));
        // Sessions 2-4: the spot is back at 300 or 300.5 with 46-48 days left: neither half the credit gained nor the credit lost.
        // Session 5: the close falls 15 % to 255.5, through the sold put (a 16-delta put at 49 days and 15.8 % ATM vol sits about 6 % below
        // the spot) and the bought one: the put spread is near its width, far beyond twice the credit: the stop.
        Assert.That(first.ExitDate, Is.EqualTo(walked[HandMadeSeries.CrashSession - 1]));
        Assert.That(first.Reason, Is.EqualTo(BacktestExitReason.StopLoss));
        Assert.That(first.ExitSpot, Is.EqualTo(255.5));
        Assert.That(first.ExitDebit, Is.GreaterThan(2 * first.Position.EntryCredit));
        Assert.That(first.ExitDebit, Is.LessThanOrEqualTo(first.Position.WingWidth + 0.05), "a vertical is worth at most its width");
        Assert.That(first.PnlUsd, Is.LessThan(0));
        Assert.That(first.Pricing, Is.EqualTo("model-priced"));
        // Sizing: 2 % of 100,000 / ((width − credit) × 100) units, at least 1.
        Assert.That(first.Position.Units, Is.EqualTo(Math.Max(1, (int)Math.Floor(2000 / ((first.Position.WingWidth - first.Position.EntryCredit) * 100)))));

        // The same session decides again once the stop has closed: the regime reads the completed sessions before today (as live
        // does), which hold no crash yet, so a second condor is sold around the new spot. From session 6 on the −16 % log return
        // sits in RV20: RV20 ≈ 0.16 / √20 × √252 ≈ 0.58 > ATM IV 0.158, so stage E rejects every decision (VRP negative; the crash
        // bar's −DM also lifts ADX): no third trade.
        Assert.That(result.Trades, Has.Count.EqualTo(2));
        Assert.That(result.Trades[1].Position.EntryDate, Is.EqualTo(walked[HandMadeSeries.CrashSession - 1]));
        Assert.That(result.Trades[1].Position.EntrySpot, Is.EqualTo(255.5));
        Assert.That(result.Accepted, Is.EqualTo(2));
        Assert.That(result.RejectionsByStage.Keys, Is.EquivalentTo(new[] { "E" }));
        Assert.That(result.FailedChecks.Keys, Does.Contain("E: vrp (atm iv - rv20)"));
        Assert.That(result.Decisions + result.SessionsAtCap, Is.EqualTo(29), "every session but the last either decides or is at the cap");
        Assert.That(result.Decisions, Is.EqualTo(result.Accepted + result.RejectionsByStage["E"]));

        // Cash accounting: final equity = initial + the one trade's P&L (nothing open at the end).
        Assert.That(result.Equity, Has.Count.EqualTo(30));
        Assert.That(result.Equity[^1].Equity, Is.EqualTo(settings.InitialCapital + result.Trades.Sum(t => t.PnlUsd)).Within(1e-6));
        Assert.That(result.Equity[^1].OpenPositions, Is.Zero);
    }

    [Test]
    public void Without_the_crash_the_position_is_held_to_its_exit_and_the_last_session_closes_what_is_open()
    {
        var (history, walked) = HandMadeSeries.Build(crash: false);
        var result = BacktestRunner.Run(history, HandMadeSeries.Settings(walked));

        // Flat spot and VIX: time decay only. The first exit is the 50 % target or, failing it, 21 days before 2015-02-20 (2015-01-30).
        var first = result.Trades[0];
        Assert.That(first.Position.EntryDate, Is.EqualTo(walked[0]));
        Assert.That(first.Reason, Is.AnyOf(BacktestExitReason.ProfitTarget, BacktestExitReason.DaysToExpiry));
        Assert.That(first.ExitDate, Is.LessThanOrEqualTo(new DateOnly(2015, 1, 30)));
        Assert.That(first.PnlUsd, Is.GreaterThan(0), "time decay with the spot unchanged pays the seller");
        Assert.That(result.Trades[^1].ExitDate, Is.LessThanOrEqualTo(walked[^1]));
        Assert.That(result.Trades.Where(t => t.Reason == BacktestExitReason.EndOfTest).All(t => t.ExitDate == walked[^1]), Is.True);
        Assert.That(result.Equity[^1].OpenPositions, Is.Zero);
    }

    [Test]
    public void The_backtest_decides_with_the_live_pipeline_so_a_session_gives_the_same_trail_both_ways()
    {
        var (history, walked) = HandMadeSeries.Build();
        var settings = HandMadeSeries.Settings(walked);
        var index = history.Count - walked.Count;

        var input = SessionInputs.Build(history, index, settings)!;
        var live = DecisionPipeline.Run(input, settings.EffectiveThresholds);
        var replay = DecisionPipeline.Run(SessionInputs.Build(history, index, settings)!, settings.EffectiveThresholds);

        Assert.That(replay.Describe(), Is.EqualTo(live.Describe()));
        Assert.That(live.Accepted, Is.True, live.Describe());
        var trade = BacktestRunner.Run(history, settings).Trades[0];
        Assert.That(trade.Position.Legs.Select(l => l.OccSymbol), Is.EqualTo(live.Candidate!.Legs.Select(l => l.Quote.OccSymbol)));
        Assert.That(trade.Position.Pop, Is.EqualTo(live.Ev!.Pop));
        // The fill is stage G's credit after slippage: the fill model moves each leg by the same s × half-spread.
        Assert.That(trade.Position.EntryCredit, Is.EqualTo(live.Ev.CreditAfterSlippage).Within(1e-9));
    }
}
