using Kapman.Recommendation.Backtest.Analytics;
using Kapman.Recommendation.Backtest.Engine;

namespace Kapman.Recommendation.Backtest.Reports;

/// <summary>The run's two charts, each titled "model-priced": the equity curve and the drawdown.</summary>
public static class BacktestCharts
{
    /// <summary>File name of the equity chart.</summary>
    public const string EquityFile = "equity.svg";

    /// <summary>File name of the drawdown chart.</summary>
    public const string DrawdownFile = "drawdown.svg";

    /// <summary>The equity curve, dollars.</summary>
    public static string Equity(BacktestResult result, PerformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(report);
        return SvgLineChart.Render($"{Title(result)}: equity, $ (model-priced)", report.Equity.Select(p => (p.Date, p.Equity)).ToList(), "#,0", "#1f77b4");
    }

    /// <summary>The drawdown, percent below the running peak (drawn downward).</summary>
    public static string Drawdown(BacktestResult result, PerformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(report);
        return SvgLineChart.Render($"{Title(result)}: drawdown, % (model-priced)", report.Equity.Select((p, i) => (p.Date, -100d * report.Drawdown[i])).ToList(), "0.0", "#d62728");
    }

    private static string Title(BacktestResult r) => $"{r.Settings.Structure.ToString()} {r.Settings.Underlying} {r.Settings.From:yyyy-MM-dd} to {r.Settings.To:yyyy-MM-dd}";
}
