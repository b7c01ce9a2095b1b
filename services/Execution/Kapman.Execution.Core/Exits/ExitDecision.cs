namespace Kapman.Execution.Core.Exits;

/// <summary>The decision of one scan, with the state to carry to the next.</summary>
/// <param name="Action">Hold, defer or exit.</param>
/// <param name="Reason">Why it exits, or None.</param>
/// <param name="IsEmergency">True on the VIX fast path (the only path that may escalate to a market order).</param>
/// <param name="Detail">Readable explanation for the audit trail.</param>
/// <param name="State">State for the next scan.</param>
/// <param name="PnlPerShare">Entry-relative P&amp;L at this mark, dollars per share, when computed.</param>
public sealed record ExitDecision(ExitAction Action, ExitReason Reason, bool IsEmergency, string Detail, ExitScanState State, decimal? PnlPerShare);
