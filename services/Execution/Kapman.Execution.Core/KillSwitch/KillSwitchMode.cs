namespace Kapman.Execution.Core.KillSwitch;

/// <summary>The kill switch modes of docs/domain/execution.md#kill-switch (seed 003 Appendix F).</summary>
public enum KillSwitchMode
{
    /// <summary>Trading normally.</summary>
    Normal,

    /// <summary>Block new entries and cancel working entry orders; positions stay and exits still run.</summary>
    SafeMode,

    /// <summary>Block entries, cancel every working order and flatten every position (panic flatten).</summary>
    HardStop,
}
