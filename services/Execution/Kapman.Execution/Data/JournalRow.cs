namespace Kapman.Execution.Data;

/// <summary>A row of <c>journal</c>: kind ORDER, FILL, KILL_SWITCH, RECONCILIATION or EXIT.</summary>
public sealed record JournalRow(DateTime At, string Kind, Guid? OrderId, string? Ticker, string Text);
