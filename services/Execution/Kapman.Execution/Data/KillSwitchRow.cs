namespace Kapman.Execution.Data;

/// <summary>The one row of <c>kill_switch</c>: mode normal, safe_mode or hard_stop; trigger and times null in the initial state.</summary>
public sealed record KillSwitchRow(string Mode, string? Trigger, string Reason, DateTime? ChangedAt, string? ChangedBy);
