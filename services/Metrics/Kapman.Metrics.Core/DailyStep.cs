namespace Kapman.Metrics.Core;

/// <summary>The result of one ticker's daily step: the session's snapshot and the state to continue from tomorrow.</summary>
/// <param name="Snapshot">The session's indicator values.</param>
/// <param name="State">The surface's state after the session (<see cref="SnapshotIndicators.SaveState"/>).</param>
public sealed record DailyStep(IndicatorSnapshot Snapshot, byte[] State);
