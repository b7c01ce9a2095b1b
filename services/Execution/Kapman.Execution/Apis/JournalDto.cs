namespace Kapman.Execution.Apis;

/// <summary>A journal line: kind ORDER, FILL, KILL_SWITCH, RECONCILIATION or EXIT.</summary>
public sealed record JournalDto(DateTime At, string Kind, Guid? OrderId, string? Ticker, string Text);
