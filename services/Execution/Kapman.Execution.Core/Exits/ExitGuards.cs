namespace Kapman.Execution.Core.Exits;

/// <summary>The exit monitor guardrails of docs/domain/execution.md#exit-guardrails (seed 003 Appendix G).</summary>
/// <param name="PersistenceScans">Consecutive scans a price exit must hold before it fires (<c>STOP_PERSISTENCE_SCANS</c> = 3).</param>
/// <param name="GracePeriod">No exits this soon after entry (<c>MIN_HOLDING_SECONDS</c> = 900).</param>
/// <param name="SuspectMarkJumpFraction">A mark moving more than this fraction from the prior scan's is deferred (<c>SUSPECT_MARK_JUMP_FRACTION</c> = 0.50).</param>
/// <param name="VixSpikePercent">A one-minute VIX rise of at least this many percent exits at once (<c>VIX_SPIKE_PCT_1M</c> = 10.0).</param>
public sealed record ExitGuards(int PersistenceScans, TimeSpan GracePeriod, decimal SuspectMarkJumpFraction, double VixSpikePercent)
{
    /// <summary>The seed's values: 3 scans, 15 minutes, 50 %, 10 %.</summary>
    public static ExitGuards Default { get; } = new(3, TimeSpan.FromSeconds(900), 0.50m, 10.0);
}
