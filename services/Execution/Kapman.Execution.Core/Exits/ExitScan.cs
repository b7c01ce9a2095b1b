namespace Kapman.Execution.Core.Exits;

/// <summary>One scan's inputs (one scan per minute, docs/domain/execution.md#exit-guardrails (seed 003 Appendix G) <c>EXIT_EVAL_INTERVAL_SECONDS</c>).</summary>
/// <param name="At">Scan time.</param>
/// <param name="SessionDate">The trading date of the scan (America/New_York), for days to expiry.</param>
/// <param name="Mark">
/// The group's net mark to close, dollars per share, from the legs' mids: for a credit position the debit to buy it
/// back, for a debit position the credit from selling it. Null when a leg has no quote.
/// </param>
/// <param name="VixChangeOneMinutePercent">VIX change over the last minute in percent, or null when unknown.</param>
public sealed record ExitScan(DateTimeOffset At, DateOnly SessionDate, decimal? Mark, double? VixChangeOneMinutePercent = null);
