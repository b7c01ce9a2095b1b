namespace Kapman.Contracts;

/// <summary>
/// The execution kill switch changed mode (docs/domain/execution.md#kill-switch, seed 003 Appendix F). Published by Execution through its outbox in the transaction that
/// stores the new mode. Not part of a pipeline run: <see cref="RunId"/> is <see cref="Guid.Empty"/> and <see cref="SessionDate"/> the
/// NYSE (America/New_York) date of the change.
/// </summary>
/// <param name="Mode">The new mode: <c>normal</c>, <c>safe_mode</c> or <c>hard_stop</c>.</param>
/// <param name="Reason">Why.</param>
/// <param name="PreviousMode">The mode before (version 2).</param>
/// <param name="Trigger">What asked, e.g. <c>OperatorHardStop</c>, <c>ReconciliationMismatch</c> (version 2).</param>
/// <param name="ChangedBy">Who asked: <c>operator</c> or <c>reconciliation</c> (version 2).</param>
/// <param name="ChangedAt">When (version 2).</param>
public sealed record KillSwitchChanged(
    Guid RunId,
    DateOnly SessionDate,
    string Mode,
    string Reason,
    string? PreviousMode = null,
    string? Trigger = null,
    string? ChangedBy = null,
    DateTimeOffset? ChangedAt = null,
    int SchemaVersion = 2) : IIntegrationEvent;
