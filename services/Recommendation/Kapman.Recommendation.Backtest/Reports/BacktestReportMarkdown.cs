using System.Globalization;
using System.Text;
using Kapman.Recommendation.Backtest.Analytics;
using Kapman.Recommendation.Backtest.Engine;
using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Backtest.Reports;

/// <summary>
/// report.md (docs/domain/decision-engine.md#backtesting): states that the chains are model-priced and how, the headline analytics,
/// the analytics by strategy and underlying, the decisions and the gate rejections by stage, the thresholds, exit rules and pricing
/// inputs used, and links to the charts.
/// </summary>
public static class BacktestReportMarkdown
{
    private static readonly (string Code, string Name)[] Stages =
    [
        ("A", "universe and data"), ("B", "calendar"), ("C", "liquidity"), ("D", "eligibility (DTE)"), ("E", "regime"),
        ("F", "structure selection"), ("G", "corporate guard and EV"), ("H", "execution window"),
    ];

    /// <summary>The report's text.</summary>
    public static string Write(BacktestResult result, PerformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(report);
        var s = result.Settings;
        var o = report.Overall;
        var md = new StringBuilder();
        void Line(FormattableString text) => md.Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Line($"# Backtest: {s.Structure.Code()} on {s.Underlying}, {s.From:yyyy-MM-dd} to {s.To:yyyy-MM-dd} (model-priced)");
        Line($"");
        Line($"**Every chain in this run is MODEL-PRICED**: no option chain was stored for these sessions, so each session's chain is Black-Scholes-Merton from the underlying's close, an ATM volatility of {s.ModelChain.AtmToVixRatio} × the VIX/VIX3M term level, a skew IV(K) = σ_ATM·(1 + β·ln(K/S)/√T) with β = {s.ModelChain.PutSkewSlope} below the spot and {s.ModelChain.CallSkewSlope} above, ${s.ModelChain.StrikeStep} strikes on the monthly (third-Friday) expirations, and a bid-ask spread of ${s.ModelChain.SpreadBase} + {s.ModelChain.SpreadPerDollar} × value. Every trade, mark, figure and chart below is model-priced. Entries are decided by the live decision pipeline (stages A-H); fills at mid ∓ {s.Thresholds.Friction.SlippageFractionOfHalfSpread} × half-spread plus ${s.Thresholds.Friction.CommissionPerContract} per contract.");
        Line($"");
        Line($"## Headline (model-priced)");
        Line($"");
        Line($"| Measure | Value |");
        Line($"|---|---|");
        Line($"| Trades | {o.Stats.Trades} |");
        Line($"| Win rate | {o.Stats.WinRate:P1} |");
        Line($"| Average win / loss | ${o.Stats.AverageWinUsd:N2} / ${o.Stats.AverageLossUsd:N2} |");
        Line($"| Profit factor | {(o.Stats.ProfitFactor is { } pf ? pf.ToString("0.00", CultureInfo.InvariantCulture) : "n/a (no loss)")} |");
        Line($"| Total P&L | ${o.Stats.TotalPnlUsd:N2} on ${s.InitialCapital:N0} |");
        Line($"| Annualised return | {o.AnnualisedReturn:P2} |");
        Line($"| Sharpe (rf {s.SharpeRiskFreeRate:P2}) | {o.Sharpe:0.00} |");
        Line($"| Sortino | {o.Sortino:0.00} |");
        Line($"| Calmar | {o.Calmar:0.00} |");
        Line($"| Maximum drawdown | {o.MaxDrawdown:P2} (${report.MaxDrawdownUsd:N2}), longest {report.MaxDrawdownDays} days |");
        Line($"| Average days held | {o.Stats.AverageDaysHeld:0.0} |");
        Line($"");
        Groups(md, "By strategy (model-priced; realised equity)", report.ByStrategy);
        Groups(md, "By underlying (model-priced; realised equity)", report.ByUnderlying);
        Line($"## Decisions and gate rejections by stage");
        Line($"");
        Line($"Sessions walked: {result.Equity.Count}; decided: {result.Decisions}; accepted (entries): {result.Accepted}; not decided at the position cap ({s.MaxOpenPositions}): {result.SessionsAtCap}; without a VIX close: {result.SessionsWithoutVix}.");
        Line($"");
        Line($"| Stage | Rejections |");
        Line($"|---|---|");
        foreach (var (code, name) in Stages)
        {
            Line($"| {code} {name} | {result.RejectionsByStage.GetValueOrDefault(code)} |");
        }

        Line($"");
        Line($"Failed checks of the rejections (one rejection may fail several):");
        Line($"");
        foreach (var (check, count) in result.FailedChecks.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            Line($"- {check}: {count}");
        }

        Line($"");
        Line($"Exits: {string.Join(", ", result.Trades.GroupBy(t => TradesCsv.Reason(t.Reason)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}.");
        Line($"");
        Line($"## Thresholds used");
        Line($"");
        var t = result.Thresholds;
        Line($"- Universe: {(t.Universe.Universe.Count == 0 ? "any" : string.Join(' ', t.Universe.Universe))}, min expirations {t.Universe.MinExpirations}");
        Line($"- {t.Liquidity} (volume and open interest off: a model chain has no recorded activity)");
        Line($"- {t.Dte}");
        Line($"- {t.Regime}");
        Line($"- {t.Structure}");
        Line($"- {t.Guard}");
        Line($"- {t.Friction}");
        Line($"- {t.Execution}");
        Line($"- Exits: {s.Exits}");
        Line($"- Pricing: r = {s.Pricing.RiskFreeRate}, q = {s.Pricing.DividendYield} (constant); sizing {s.RiskPerTradeFraction:P0} of equity per trade at max loss; decision {s.DecisionMinutesBeforeClose} min before the close");
        Line($"- Macro event windows: {(s.MacroEvents.Count == 0 ? "none configured" : s.MacroEvents.Count.ToString(CultureInfo.InvariantCulture))}; corporate source: {ModelDividendCalendar.SourceName} (ex-dividend amounts modelled)");
        Line($"- {s.ModelChain}");
        Line($"");
        Line($"## Charts (model-priced)");
        Line($"");
        Line($"![equity (model-priced)]({BacktestCharts.EquityFile})");
        Line($"");
        Line($"![drawdown (model-priced)]({BacktestCharts.DrawdownFile})");
        return md.ToString();
    }

    private static void Groups(StringBuilder md, string title, IReadOnlyList<GroupPerformance> groups)
    {
        md.Append("## ").Append(title).Append("\n\n| Group | Trades | Win rate | Avg win | Avg loss | Profit factor | P&L | Sharpe | Sortino | Calmar | Max DD |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var g in groups)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| {g.Key} | {g.Stats.Trades} | {g.Stats.WinRate:P1} | {g.Stats.AverageWinUsd:N2} | {g.Stats.AverageLossUsd:N2} | {(g.Stats.ProfitFactor is { } pf ? pf.ToString("0.00", CultureInfo.InvariantCulture) : "n/a")} | {g.Stats.TotalPnlUsd:N2} | {g.Sharpe:0.00} | {g.Sortino:0.00} | {g.Calmar:0.00} | {g.MaxDrawdown:P2} |\n");
        }

        md.Append('\n');
    }
}
