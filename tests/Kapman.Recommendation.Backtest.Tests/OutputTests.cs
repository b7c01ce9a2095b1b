using Kapman.Recommendation.Backtest.Analytics;
using Kapman.Recommendation.Backtest.Engine;
using Kapman.Recommendation.Backtest.Reports;

namespace Kapman.Recommendation.Backtest.Tests;

/// <summary>Every output says model-priced, and two runs give identical output.</summary>
public class OutputTests
{
    [Test]
    public void Two_runs_give_identical_files()
    {
        var first = Files();
        var second = Files();
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Every_output_file_says_model_priced()
    {
        var files = Files();
        Assert.That(files.Keys, Is.EquivalentTo(new[] { "trades.csv", "equity.csv", "report.md", "equity.svg", "drawdown.svg" }));
        foreach (var (name, text) in files)
        {
            Assert.That(text, Does.Contain("model-priced"), name);
        }

        foreach (var csv in new[] { "trades.csv", "equity.csv" })
        {
            var rows = files[csv].Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
            Assert.That(rows, Is.Not.Empty, csv);
            Assert.That(rows.All(r => r.Split(',')[1] == "model-priced"), Is.True, $"{csv}: every row's pricing column");
        }

        Assert.That(files["report.md"], Does.Contain("MODEL-PRICED").And.Contain("| E regime |").And.Contain("Thresholds used"));
    }

    private static Dictionary<string, string> Files()
    {
        var (history, walked) = HandMadeSeries.Build();
        var result = BacktestRunner.Run(history, HandMadeSeries.Settings(walked));
        var report = PerformanceAnalyzer.Analyze(result.Trades, result.Equity, result.Settings.InitialCapital, result.Settings.SharpeRiskFreeRate);
        return new Dictionary<string, string>
        {
            ["trades.csv"] = TradesCsv.Write(result.Trades),
            ["equity.csv"] = EquityCsv.Write(report),
            ["report.md"] = BacktestReportMarkdown.Write(result, report),
            ["equity.svg"] = BacktestCharts.Equity(result, report),
            ["drawdown.svg"] = BacktestCharts.Drawdown(result, report),
        };
    }
}
