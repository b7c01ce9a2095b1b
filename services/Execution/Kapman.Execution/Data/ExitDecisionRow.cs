namespace Kapman.Execution.Data;

/// <summary>A row of <c>exit_decisions</c>: one scan's decision for one group. Prices $ per share; times UTC.</summary>
/// <param name="GroupId">The position group.</param>
/// <param name="At">Scan time.</param>
/// <param name="Action">HOLD, DEFER or EXIT.</param>
/// <param name="Reason">NONE, PROFIT_TARGET, STOP_LOSS, TIME_STOP or VIX_SPIKE.</param>
/// <param name="Mark">The group's mark, or null.</param>
/// <param name="PnlPerShare">Entry-relative P&amp;L per share at the mark, or null.</param>
/// <param name="Detail">Why, in words.</param>
/// <param name="OrderId">The closing order an EXIT created, or null.</param>
public sealed record ExitDecisionRow(string GroupId, DateTime At, string Action, string Reason, decimal? Mark, decimal? PnlPerShare, string Detail, Guid? OrderId);
