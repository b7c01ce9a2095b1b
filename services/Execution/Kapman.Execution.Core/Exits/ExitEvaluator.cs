using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Exits;

/// <summary>
/// One exit-monitor scan of one group (docs/domain/execution.md#exit-guardrails, seed 003 §2.6 exit path, Appendix G, §11 R4/R5), checked in this order:
/// <list type="number">
/// <item>VIX spike: a one-minute rise ≥ the threshold exits at once, past every guard (the emergency fast path).</item>
/// <item>Grace: within the grace period after entry nothing exits; the mark is remembered as the baseline.</item>
/// <item>Time stop: at or after the clock time, or at or under the days to expiry; needs no mark and no persistence.</item>
/// <item>No mark: hold, nothing counted.</item>
/// <item>Suspect mark: |mark − prior mark| / prior mark &gt; the jump fraction defers the scan. Counters are kept, not
/// reset: an invalid scan neither confirms nor breaks a streak. The mark still becomes the prior one, as the seed
/// compares "vs prior scan", so a real move is accepted on the next scan.</item>
/// <item>Price exits: P&amp;L per share = entry − mark for a credit, mark − entry for a debit. Each scan meeting the
/// stop (or target) adds one to its streak and any other scan resets it; a streak reaching the persistence count
/// exits. The stop is checked before the target.</item>
/// </list>
/// </summary>
public static class ExitEvaluator
{
    /// <summary>Evaluates one scan.</summary>
    public static ExitDecision Evaluate(ExitPosition position, ExitRules rules, ExitGuards guards, ExitScanState state, ExitScan scan)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(guards);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(scan);
        var remembered = state with { LastMark = scan.Mark ?? state.LastMark };
        if (scan.VixChangeOneMinutePercent is { } vix && vix >= guards.VixSpikePercent)
        {
            return new(ExitAction.Exit, ExitReason.VixSpike, true, $"VIX +{vix}% in 1 min ≥ {guards.VixSpikePercent}%: emergency exit", ExitScanState.Initial with { LastMark = remembered.LastMark }, null);
        }

        var held = scan.At - position.EnteredAt;
        if (held < guards.GracePeriod)
        {
            return Hold($"grace period: held {held.TotalMinutes:0.#} of {guards.GracePeriod.TotalMinutes:0.#} min", remembered);
        }

        var daysToExpiry = position.Expiration.DayNumber - scan.SessionDate.DayNumber;
        if (rules.TimeStopAt is { } stopAt && scan.At >= stopAt)
        {
            return new(ExitAction.Exit, ExitReason.TimeStop, false, $"time stop at {stopAt:u}", remembered, null);
        }

        if (rules.CloseAtDaysToExpiry is { } dte && daysToExpiry <= dte)
        {
            return new(ExitAction.Exit, ExitReason.TimeStop, false, $"{daysToExpiry} days to expiry ≤ {dte}", remembered, null);
        }

        if (scan.Mark is not { } mark)
        {
            return Hold("no mark: a leg has no quote", state);
        }

        if (state.LastMark is { } last && last > 0m && Math.Abs(mark - last) / last > guards.SuspectMarkJumpFraction)
        {
            return new(ExitAction.Defer, ExitReason.None, false,
                $"suspect mark {mark} vs prior {last}: jump over {guards.SuspectMarkJumpFraction:P0}", remembered, null);
        }

        var pnl = position.EntryType == PriceType.NetCredit ? position.EntryPrice - mark : mark - position.EntryPrice;
        var dollars = pnl * position.Quantity * ContractMultiplier.SharesPerContract;
        var stopHit = (rules.StopLossFraction is { } sf && pnl <= -sf * position.EntryPrice) || (rules.StopLossDollars is { } sd && dollars <= -sd);
        var targetHit = (rules.ProfitTargetFraction is { } tf && pnl >= tf * position.EntryPrice) || (rules.ProfitTargetDollars is { } td && dollars >= td);
        var next = new ExitScanState(stopHit ? state.ConsecutiveStopScans + 1 : 0, targetHit ? state.ConsecutiveTargetScans + 1 : 0, mark);
        if (next.ConsecutiveStopScans >= guards.PersistenceScans)
        {
            return new(ExitAction.Exit, ExitReason.StopLoss, false, $"stop held {next.ConsecutiveStopScans} scans (P&L {dollars} $)", next, pnl);
        }

        if (next.ConsecutiveTargetScans >= guards.PersistenceScans)
        {
            return new(ExitAction.Exit, ExitReason.ProfitTarget, false, $"target held {next.ConsecutiveTargetScans} scans (P&L {dollars} $)", next, pnl);
        }

        var detail = stopHit ? $"stop {next.ConsecutiveStopScans}/{guards.PersistenceScans}"
            : targetHit ? $"target {next.ConsecutiveTargetScans}/{guards.PersistenceScans}"
            : "no exit condition";
        return new(ExitAction.Hold, ExitReason.None, false, detail, next, pnl);
    }

    private static ExitDecision Hold(string detail, ExitScanState state) => new(ExitAction.Hold, ExitReason.None, false, detail, state, null);
}
