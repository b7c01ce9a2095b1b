namespace Kapman.Execution.Core.KillSwitch;

/// <summary>
/// How the hard-stop flatten escalates (docs/domain/execution.md#hard-stop-flatten, seed 003 Appendix G <c>VIX_EMERGENCY_TIMEOUT_SECONDS = 30</c>: the time a
/// limit is given before escalation; §2.1 <c>panic.py</c>: "aggressive limit orders").
/// </summary>
/// <param name="EscalationInterval">Time each limit attempt rests before the next, worse one (seed: 30 s).</param>
/// <param name="EscalationStep">Dollars per share (per combo unit) each attempt gives up beyond the natural price.</param>
/// <param name="MaxLimitAttempts">Limit attempts before the last resort.</param>
/// <param name="AllowMarketFallback">
/// Whether the last resort is a market order. Off by default: market orders are refused except on the emergency
/// path (docs/domain/execution.md#market-orders, seed 003 §11 R2, docs/domain/architecture.md#safety-defaults); the caller turns it on only there. When off, the last
/// limit stays and the plan asks for an operator.
/// </param>
public sealed record FlattenSettings(TimeSpan EscalationInterval, decimal EscalationStep, int MaxLimitAttempts, bool AllowMarketFallback)
{
    /// <summary>30 s per attempt, $0.05 per attempt, 5 limit attempts, no market fallback.</summary>
    public static FlattenSettings Default { get; } = new(TimeSpan.FromSeconds(30), 0.05m, 5, false);
}
