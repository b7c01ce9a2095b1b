namespace Kapman.Web.Clients;

/// <summary>
/// One closed trade of a run: pricing label, structure, dates, signed legs, units, spots ($/share), VIX at entry, credit and debit
/// ($/share of one unit), wing width, POP (0..1) and EV_net ($/unit) at entry, commissions and P&amp;L (dollars), exit reason, days held.
/// </summary>
public sealed record BacktestTrade(
    int TradeNo,
    string Pricing,
    string Strategy,
    string Underlying,
    DateOnly EntryDate,
    DateOnly ExitDate,
    DateOnly Expiration,
    string Legs,
    int Units,
    double EntrySpot,
    double ExitSpot,
    double? EntryVix,
    double EntryCredit,
    double ExitDebit,
    double WingWidth,
    double Pop,
    double EvNet,
    double Commission,
    double Pnl,
    string ExitReason,
    int DaysHeld);
