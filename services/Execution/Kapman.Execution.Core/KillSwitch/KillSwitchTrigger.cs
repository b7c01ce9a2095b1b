namespace Kapman.Execution.Core.KillSwitch;

/// <summary>What asks the switch to move (docs/domain/execution.md#kill-switch, seed 003 Appendix F "Trigger" column, §11 R3, R6).</summary>
public enum KillSwitchTrigger
{
    /// <summary>VIX term structure in backwardation (safe mode).</summary>
    VixBackwardation,

    /// <summary>Inside a macro event window such as CPI or FOMC (safe mode).</summary>
    MacroEventWindow,

    /// <summary>The regime evaluation failed: fail closed (safe mode, §11 R3).</summary>
    RegimeFailure,

    /// <summary>Market or broker data unavailable (safe mode, §11 R6).</summary>
    DataUnavailable,

    /// <summary>Reconciliation found a mismatch it cannot explain (safe mode, §4 task 5.1).</summary>
    ReconciliationMismatch,

    /// <summary>An operator asked for safe mode.</summary>
    OperatorSafeMode,

    /// <summary>An operator asked for a hard stop (<c>/api/kill-switch/hard-stop</c>).</summary>
    OperatorHardStop,

    /// <summary>An operator asked to reset to normal (<c>/api/kill-switch/reset</c>); needs authorisation.</summary>
    OperatorReset,

    /// <summary>The risk book breached a trigger (docs/domain/risk-book.md#caps-and-triggers, seed 003 §6 task 7.2.3): safe mode.</summary>
    RiskLimitBreached,
}
