namespace Kapman.Execution.Core.Exits;

/// <summary>
/// A strategy's exit conditions (docs/domain/execution.md#exit-rules, seed 003 §2.5 stage I: profit target in % or $, stop loss in % or $, time stop by
/// DTE or clock time). Fractions are of the entry price (0.50 = 50 %); dollar amounts are for the whole position
/// (per share × quantity × 100). Null switches a condition off.
/// </summary>
/// <param name="ProfitTargetFraction">Take profit when P&amp;L ≥ this × entry (a 1.27 credit at 0.50 closes at a 0.635 debit).</param>
/// <param name="StopLossFraction">Stop when P&amp;L ≤ −this × entry (a 1.27 credit at 1.00 stops at a 2.54 debit).</param>
/// <param name="ProfitTargetDollars">Take profit when position P&amp;L ≥ this many dollars.</param>
/// <param name="StopLossDollars">Stop when position P&amp;L ≤ −this many dollars.</param>
/// <param name="TimeStopAt">Close at or after this instant (e.g. the 0DTE close buffer, seed §2.3 <c>zero_dte_close_buffer_minutes</c>).</param>
/// <param name="CloseAtDaysToExpiry">Close when calendar days to expiry ≤ this.</param>
public sealed record ExitRules(
    decimal? ProfitTargetFraction,
    decimal? StopLossFraction,
    decimal? ProfitTargetDollars = null,
    decimal? StopLossDollars = null,
    DateTimeOffset? TimeStopAt = null,
    int? CloseAtDaysToExpiry = null);
