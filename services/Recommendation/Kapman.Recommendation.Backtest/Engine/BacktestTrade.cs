using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Backtest.Engine;

/// <summary>A closed backtest trade: one line of trades.csv. Every trade of a model-priced chain says so in <see cref="Pricing"/>.</summary>
/// <param name="Position">The position as opened.</param>
/// <param name="ExitDate">Session of the close.</param>
/// <param name="ExitDebit">Net debit paid to close, $ per share of one unit (intrinsic value at expiration).</param>
/// <param name="ExitSpot">Underlying at the close, $ per share.</param>
/// <param name="Reason">Why it closed.</param>
/// <param name="Commission">Commissions of the entry and the close, dollars.</param>
/// <param name="Pricing">"model-priced" for a chain priced by the model.</param>
public sealed record BacktestTrade(OpenPosition Position, DateOnly ExitDate, double ExitDebit, double ExitSpot, BacktestExitReason Reason, double Commission, string Pricing)
{
    /// <summary>The label of trades on model-priced chains.</summary>
    public const string ModelPriced = "model-priced";

    /// <summary>Structure code, e.g. iron_condor.</summary>
    public string Strategy => Position.Structure.Code();

    /// <summary>Net P&amp;L, dollars: (credit − debit) × units × 100 − commissions.</summary>
    public double PnlUsd => ((Position.EntryCredit - ExitDebit) * Position.Units * 100d) - Commission;

    /// <summary>Calendar days held.</summary>
    public int DaysHeld => ExitDate.DayNumber - Position.EntryDate.DayNumber;
}
