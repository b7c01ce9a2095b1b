using Kapman.MarketData;
using Kapman.Recommendation.Backtest.Analytics;
using Kapman.Recommendation.Backtest.Engine;
using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Backtest.Tests;

/// <summary>The analytics on hand-computed series (every expected value is worked out in the comments).</summary>
public class AnalyticsTests
{
    [Test]
    public void Sharpe_and_Sortino_of_five_returns()
    {
        // r = 0.01, −0.02, 0.03, 0, 0.01: mean 0.006; deviations 0.004, −0.026, 0.024, −0.006, 0.004; squares sum 0.00132;
        // sample variance 0.00132 / 4 = 0.00033, s = 0.01816590. Sharpe (rf 0) = 0.006 / 0.0181659 × √252 = 0.3302891 × 15.8745079 = 5.2431.
        // Downside (τ 0): only −0.02 → √(0.0004 / 5) = 0.00894427; Sortino = 0.006 / 0.00894427 × √252 = 0.6708204 × 15.8745079 = 10.6489.
        double[] returns = [0.01, -0.02, 0.03, 0.0, 0.01];
        Assert.That(RiskMetrics.Sharpe(returns, 0), Is.EqualTo(5.2431).Within(1e-4));
        Assert.That(RiskMetrics.Sortino(returns, 0), Is.EqualTo(10.6489).Within(1e-4));
        // rf 2.52 % a year = 0.0001 a session: (0.0059 / 0.0181659) × √252 = 5.1557.
        Assert.That(RiskMetrics.Sharpe(returns, 0.0252), Is.EqualTo(5.1557).Within(1e-4));
        Assert.That(RiskMetrics.Sharpe([0.01, 0.01, 0.01], 0), Is.Zero, "no dispersion: 0");
    }

    [Test]
    public void Drawdown_Calmar_and_returns_of_an_equity_series()
    {
        // Peaks 100, 120, 120, 120, 120, 130: drawdowns 0, 0, 30/120 = 0.25, 10/120, 40/120 = 0.3333, 0.
        double[] equity = [100, 120, 90, 110, 80, 130];
        Assert.That(RiskMetrics.Drawdowns(equity), Is.EqualTo(new[] { 0, 0, 0.25, 10d / 120, 40d / 120, 0 }).Within(1e-12));
        Assert.That(RiskMetrics.MaxDrawdown(equity), Is.EqualTo(1d / 3).Within(1e-12));
        Assert.That(RiskMetrics.Returns([100, 110, 99]), Is.EqualTo(new[] { 0.1, -0.1 }).Within(1e-12));
        // 100 → 99 over 2 returns: CAGR = 0.99^(252/2) − 1 = 0.99^126 − 1 = −0.7181393; max drawdown 11 / 110 = 0.1; Calmar = −7.181393.
        Assert.That(RiskMetrics.AnnualisedReturn([100, 110, 99]), Is.EqualTo(-0.7181393).Within(1e-6));
        Assert.That(RiskMetrics.Calmar([100, 110, 99]), Is.EqualTo(-7.181393).Within(1e-5));
    }

    [Test]
    public void A_five_trade_ledger()
    {
        // P&L +100, −250, +150, +50, −100: 3 wins, 2 losses, win rate 0.6, average win 300/3 = 100, average loss −350/2 = −175,
        // profit factor 300 / 350 = 0.857143, total −50.
        var trades = new[] { 100d, -250, 150, 50, -100 }.Select((pnl, i) => Trade(i + 1, pnl, new DateOnly(2015, 1, 5 + i))).ToList();
        var stats = TradeStatistics.Of(trades);

        Assert.That((stats.Trades, stats.Wins, stats.Losses), Is.EqualTo((5, 3, 2)));
        Assert.That(stats.WinRate, Is.EqualTo(0.6).Within(1e-12));
        Assert.That(stats.AverageWinUsd, Is.EqualTo(100).Within(1e-9));
        Assert.That(stats.AverageLossUsd, Is.EqualTo(-175).Within(1e-9));
        Assert.That(stats.ProfitFactor, Is.EqualTo(300d / 350).Within(1e-12));
        Assert.That(stats.TotalPnlUsd, Is.EqualTo(-50).Within(1e-9));
    }

    [Test]
    public void The_report_groups_by_strategy_and_underlying_on_realised_equity()
    {
        // The same ledger closed on 5 successive sessions from 1,000: realised equity 1000, 1100, 850, 1000, 1050, 950.
        // Max drawdown (1100 − 850) / 1100 = 0.2272727; drawdown in dollars 250; underwater from 2015-01-05 (the 1,100 peak) to
        // the end 2015-01-09 (never recovered): 4 days.
        var sessions = Enumerable.Range(0, 6).Select(i => new DateOnly(2015, 1, 4 + i)).ToList();
        var trades = new[] { 100d, -250, 150, 50, -100 }.Select((pnl, i) => Trade(i + 1, pnl, sessions[i + 1])).ToList();
        double[] marked = [1000, 1100, 850, 1000, 1050, 950];
        var equity = sessions.Select((d, i) => new EquityPoint(d, marked[i], 0)).ToList();

        var report = PerformanceAnalyzer.Analyze(trades, equity, 1000, 0);

        Assert.That(report.Overall.MaxDrawdown, Is.EqualTo(250d / 1100).Within(1e-12));
        Assert.That(report.MaxDrawdownUsd, Is.EqualTo(250).Within(1e-9));
        Assert.That(report.MaxDrawdownDays, Is.EqualTo(4));
        Assert.That(report.ByStrategy.Single().Key, Is.EqualTo("iron_condor"));
        Assert.That(report.ByUnderlying.Single().Key, Is.EqualTo("SPY"));
        Assert.That(report.ByStrategy[0].MaxDrawdown, Is.EqualTo(250d / 1100).Within(1e-12), "realised equity equals the marked one here");
        Assert.That(report.ByStrategy[0].Sharpe, Is.EqualTo(report.Overall.Sharpe).Within(1e-12));
    }

    /// <summary>A one-unit condor closed with <paramref name="pnl"/> dollars: credit 1.00, debit 1 − pnl/100, no commission.</summary>
    internal static BacktestTrade Trade(int id, double pnl, DateOnly exit)
    {
        var position = new OpenPosition(id, StructureType.IronCondor, "SPY", exit.AddDays(-1), exit.AddDays(30),
            [new PositionLeg("SPY150220P00090000", OptionRight.Put, 90, exit.AddDays(30), -1)], 1, 1.00, 5, 100, 20, 0.7, -10, 0);
        return new BacktestTrade(position, exit, 1.00 - (pnl / 100d), 100, BacktestExitReason.ProfitTarget, 0, BacktestTrade.ModelPriced);
    }
}
