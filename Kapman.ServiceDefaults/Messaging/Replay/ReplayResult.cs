namespace Kapman.ServiceDefaults.Messaging.Replay;

/// <summary>The outcome of a replay (<c>POST /replay</c>).</summary>
/// <param name="Event">The replayed event type.</param>
/// <param name="Producer">The service whose stored events were re-sent.</param>
/// <param name="Queue">The one queue they were sent to.</param>
/// <param name="Sent">Events sent, each with a new MessageId so the consumer's inbox takes it as new work.</param>
/// <param name="Skipped">Stored rows that no longer read back into the event (its contract changed since), not sent.</param>
/// <param name="Sessions">The distinct session dates sent, ascending.</param>
public sealed record ReplayResult(string Event, string Producer, string Queue, int Sent, int Skipped, IReadOnlyList<DateOnly> Sessions);
