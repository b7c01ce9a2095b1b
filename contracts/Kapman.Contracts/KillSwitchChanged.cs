namespace Kapman.Contracts;

/// <summary>The execution kill switch changed mode (docs/domain/execution.md#kill-switch, seed 003 Appendix F: safe_mode, hard_stop, reset).</summary>
public sealed record KillSwitchChanged(Guid RunId, DateOnly SessionDate, string Mode, string Reason, int SchemaVersion = 1) : IIntegrationEvent;
