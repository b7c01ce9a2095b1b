namespace Kapman.Execution.Apis;

/// <summary>The body of <c>POST /kill-switch</c>: mode safe_mode, hard_stop or reset, and the reason.</summary>
public sealed record KillSwitchRequestDto(string? Mode, string? Reason);
