namespace Kapman.Web.Clients;

/// <summary>One line of the execution journal (execution API <c>GET /journal</c>).</summary>
/// <param name="At">When.</param>
/// <param name="Kind">ORDER, FILL, KILL_SWITCH, RECONCILIATION, EXIT or RISK.</param>
/// <param name="OrderId">The order concerned, if any.</param>
/// <param name="Ticker">The underlying concerned, if any.</param>
/// <param name="Text">What happened, in words.</param>
public sealed record JournalEntry(DateTimeOffset At, string Kind, Guid? OrderId, string? Ticker, string Text);
