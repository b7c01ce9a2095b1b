namespace Kapman.Wyckoff.Replay;

/// <summary>The outcome of a replay.</summary>
/// <param name="Event">The replayed event type.</param>
/// <param name="Queue">The queue the events were sent to.</param>
/// <param name="Sent">Events sent, each with a new MessageId so the inbox processes it again.</param>
/// <param name="Sessions">Their session dates, ascending.</param>
public sealed record ReplayResult(string Event, string Queue, int Sent, IReadOnlyList<DateOnly> Sessions);
