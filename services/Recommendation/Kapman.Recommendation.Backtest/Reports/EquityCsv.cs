using System.Globalization;
using System.Text;
using Kapman.Recommendation.Backtest.Analytics;

namespace Kapman.Recommendation.Backtest.Reports;

/// <summary>equity.csv: one row per session, marked equity and drawdown; every row says "model-priced" (its marks are model prices).</summary>
public static class EquityCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "date,pricing,equity,drawdown,open_positions";

    /// <summary>The file's text.</summary>
    public static string Write(PerformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < report.Equity.Count; i++)
        {
            var p = report.Equity[i];
            text.Append(CultureInfo.InvariantCulture, $"{p.Date:yyyy-MM-dd},model-priced,{p.Equity:0.00},{report.Drawdown[i]:0.000000},{p.OpenPositions}\n");
        }

        return text.ToString();
    }
}
