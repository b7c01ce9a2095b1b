using System.Globalization;
using System.Text;
using Kapman.Recommendation.Backtest.Engine;

namespace Kapman.Recommendation.Backtest.Reports;

/// <summary>trades.csv: one row per closed trade; the <c>pricing</c> column says "model-priced" on every model-priced trade.</summary>
public static class TradesCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "id,pricing,strategy,underlying,entry_date,exit_date,expiration,legs,units,entry_spot,exit_spot,entry_vix,entry_credit,exit_debit,wing_width,pop,ev_net_usd,commission_usd,pnl_usd,exit_reason,days_held";

    /// <summary>The file's text.</summary>
    public static string Write(IReadOnlyList<BacktestTrade> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        var text = new StringBuilder(Header).Append('\n');
        foreach (var t in trades)
        {
            var p = t.Position;
            var legs = string.Join(' ', p.Legs.Select(l => (l.Quantity < 0 ? "-" : "+") + l.OccSymbol));
            text.Append(CultureInfo.InvariantCulture,
                $"{p.Id},{t.Pricing},{t.Strategy},{p.Underlying},{p.EntryDate:yyyy-MM-dd},{t.ExitDate:yyyy-MM-dd},{p.Expiration:yyyy-MM-dd},{legs},{p.Units},")
                .Append(CultureInfo.InvariantCulture,
                $"{p.EntrySpot:0.00},{t.ExitSpot:0.00},{p.EntryVix:0.00},{p.EntryCredit:0.0000},{t.ExitDebit:0.0000},{p.WingWidth:0.##},{p.Pop:0.0000},{p.EvNetUsd:0.00},")
                .Append(CultureInfo.InvariantCulture, $"{t.Commission:0.00},{t.PnlUsd:0.00},{Reason(t.Reason)},{t.DaysHeld}\n");
        }

        return text.ToString();
    }

    /// <summary>snake_case name of an exit reason.</summary>
    public static string Reason(BacktestExitReason reason) => reason switch
    {
        BacktestExitReason.ProfitTarget => "profit_target",
        BacktestExitReason.StopLoss => "stop_loss",
        BacktestExitReason.DaysToExpiry => "dte_exit",
        BacktestExitReason.Expiration => "expiration",
        BacktestExitReason.EndOfTest => "end_of_test",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
