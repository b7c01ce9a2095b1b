namespace Kapman.Recommendation.Data;

/// <summary>
/// One closed trade of a run (<c>recommendation.backtest_trades</c>; a line of the CLI's trades.csv): pricing label, structure, dates,
/// legs (signed OCC symbols), units, spots ($/share), VIX at entry (points), credit and debit ($/share of one unit), wing width
/// ($/share), POP (0..1) and EV_net ($ per unit) stage G computed, commissions and P&amp;L (dollars), exit reason, days held.
/// </summary>
public sealed class BacktestTradeDto
{
    /// <summary>Sequence number, from 1.</summary>
    public int TradeNo { get; init; }

    /// <summary>model-priced or stored-chain.</summary>
    public string Pricing { get; init; } = "";

    /// <summary>Structure code.</summary>
    public string Strategy { get; init; } = "";

    /// <summary>Ticker.</summary>
    public string Underlying { get; init; } = "";

    /// <summary>Entry session.</summary>
    public DateOnly EntryDate { get; init; }

    /// <summary>Exit session.</summary>
    public DateOnly ExitDate { get; init; }

    /// <summary>Expiration of the legs.</summary>
    public DateOnly Expiration { get; init; }

    /// <summary>Legs, e.g. "+SPY190215P00240000 -SPY190215P00245000".</summary>
    public string Legs { get; init; } = "";

    /// <summary>Structures held.</summary>
    public int Units { get; init; }

    /// <summary>Underlying at entry.</summary>
    public double EntrySpot { get; init; }

    /// <summary>Underlying at exit.</summary>
    public double ExitSpot { get; init; }

    /// <summary>VIX at entry, or null.</summary>
    public double? EntryVix { get; init; }

    /// <summary>Net credit at the fill.</summary>
    public double EntryCredit { get; init; }

    /// <summary>Net debit to close.</summary>
    public double ExitDebit { get; init; }

    /// <summary>The wider wing.</summary>
    public double WingWidth { get; init; }

    /// <summary>POP at entry.</summary>
    public double Pop { get; init; }

    /// <summary>EV_net of one unit at entry.</summary>
    public double EvNet { get; init; }

    /// <summary>Commissions of entry and close.</summary>
    public double Commission { get; init; }

    /// <summary>Net P&amp;L.</summary>
    public double Pnl { get; init; }

    /// <summary>profit_target, stop_loss, dte_exit, expiration or end_of_test.</summary>
    public string ExitReason { get; init; } = "";

    /// <summary>Calendar days held.</summary>
    public int DaysHeld { get; init; }
}
