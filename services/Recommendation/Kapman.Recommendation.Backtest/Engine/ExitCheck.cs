namespace Kapman.Recommendation.Backtest.Engine;

/// <summary>
/// One session's exit decision for an open position, credit or debit (docs/domain/decision-engine.md#exits-in-the-backtest), in the live
/// evaluator's order: expiration, the DTE time stop, the stop, then the target (docs/domain/execution.md#exit-guardrails). One
/// session is one scan; the live guards against bad minute prints (3-scan persistence, suspect-jump deferral, 15-minute grace) do
/// not apply to one settled close a day, except the grace: the entry session is never scanned.
/// </summary>
public static class ExitCheck
{
    /// <summary>The reason to close, or null to hold.</summary>
    /// <param name="entryCredit">
    /// Credit received at entry, $ per share (&gt; 0; negative for a debit paid). P&amp;L = entry credit − debit to close, which is
    /// mark − debit paid for a debit position; the target and the stop are fractions of the entry's magnitude (execution's exit
    /// rules, docs/domain/execution.md#exit-rules).
    /// </param>
    /// <param name="markDebit">Debit to close at the mark, $ per share.</param>
    /// <param name="daysToExpiry">Calendar days from the session to the expiration.</param>
    /// <param name="rules">The rules.</param>
    public static BacktestExitReason? Evaluate(double entryCredit, double markDebit, int daysToExpiry, BacktestExitRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (daysToExpiry <= 0)
        {
            return BacktestExitReason.Expiration;
        }

        if (rules.CloseAtDaysToExpiry is { } dte && daysToExpiry <= dte)
        {
            return BacktestExitReason.DaysToExpiry;
        }

        var pnl = entryCredit - markDebit;
        var basis = Math.Abs(entryCredit);
        if (rules.StopLossFraction is { } stop && pnl <= -stop * basis)
        {
            return BacktestExitReason.StopLoss;
        }

        return rules.ProfitTargetFraction is { } target && pnl >= target * basis ? BacktestExitReason.ProfitTarget : null;
    }
}
