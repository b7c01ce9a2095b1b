namespace Kapman.Execution.Core.Exits;

/// <summary>Why a position exits (docs/domain/execution.md#exit-rules, seed 003 §2.5 stage I).</summary>
public enum ExitReason
{
    /// <summary>No exit.</summary>
    None,

    /// <summary>The profit target held for the persistence scans.</summary>
    ProfitTarget,

    /// <summary>The stop held for the persistence scans.</summary>
    StopLoss,

    /// <summary>The clock or days-to-expiry time stop.</summary>
    TimeStop,

    /// <summary>The VIX spike emergency fast path.</summary>
    VixSpike,
}
