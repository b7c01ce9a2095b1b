namespace Kapman.Execution.Apis;

/// <summary>The kill switch: mode normal, safe_mode or hard_stop; why; when and by whom it last changed (null in the initial state).</summary>
public sealed record KillSwitchDto(string Mode, string Reason, DateTime? ChangedAt, string? ChangedBy);
