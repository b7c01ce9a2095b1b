using Kapman.Execution.Core.KillSwitch;

namespace Kapman.Execution.Core.Reconciliation;

/// <summary>The result of one reconciliation tick.</summary>
/// <param name="Differences">Every difference with its repair.</param>
/// <param name="IsComplete">False when any part of the snapshot was unknown (those parts were not compared).</param>
public sealed record ReconciliationReport(IReadOnlyList<ReconciliationDifference> Differences, bool IsComplete)
{
    /// <summary>True when any difference is unexplained: the switch must go to safe mode (docs/domain/execution.md#reconciliation, seed 003 §11 R10).</summary>
    public bool RequiresSafeMode => Differences.Any(d => !d.Explained);

    /// <summary>The kill-switch request the verdict implies, or null when none is needed.</summary>
    public KillSwitchRequest? SafeModeRequest(DateTimeOffset at)
    {
        var unexplained = Differences.Where(d => !d.Explained).ToList();
        return unexplained.Count == 0
            ? null
            : new KillSwitchRequest(
                KillSwitchTrigger.ReconciliationMismatch,
                at,
                $"reconciliation: {unexplained.Count} unexplained difference(s): "
                + string.Join("; ", unexplained.Take(3).Select(d => $"{d.Kind} {d.Subject}")));
    }
}
