extern alias backtest;

using backtest::Kapman.Recommendation.Backtest.Analytics;
using backtest::Kapman.Recommendation.Backtest.Engine;
using backtest::Kapman.Recommendation.Backtest.Reports;

namespace Kapman.Cli.Backtest;

/// <summary>Writes a run's files into the output directory: trades.csv, equity.csv, report.md, equity.svg, drawdown.svg.</summary>
internal static class BacktestOutput
{
    /// <summary>The file names written, in order.</summary>
    public static readonly string[] Files = ["trades.csv", "equity.csv", "report.md", BacktestCharts.EquityFile, BacktestCharts.DrawdownFile];

    /// <summary>Writes the files and returns the report.</summary>
    public static PerformanceReport Write(BacktestResult result, string directory)
    {
        Directory.CreateDirectory(directory);
        var report = PerformanceAnalyzer.Analyze(result.Trades, result.Equity, result.Settings.InitialCapital, result.Settings.SharpeRiskFreeRate);
        File.WriteAllText(Path.Combine(directory, "trades.csv"), TradesCsv.Write(result.Trades));
        File.WriteAllText(Path.Combine(directory, "equity.csv"), EquityCsv.Write(report));
        File.WriteAllText(Path.Combine(directory, "report.md"), BacktestReportMarkdown.Write(result, report));
        File.WriteAllText(Path.Combine(directory, BacktestCharts.EquityFile), BacktestCharts.Equity(result, report));
        File.WriteAllText(Path.Combine(directory, BacktestCharts.DrawdownFile), BacktestCharts.Drawdown(result, report));
        return report;
    }
}
