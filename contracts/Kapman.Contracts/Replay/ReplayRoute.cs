namespace Kapman.Contracts.Replay;

/// <summary>
/// One event type that can be replayed to one consumer: the <paramref name="Producer"/> service keeps the events it
/// published in its outbox (its event log, kept <c>Kapman:Outbox:RetentionDays</c>) and re-sends them, on request
/// (<c>POST /api/&lt;producer&gt;/replay</c>), to the queue <paramref name="Endpoint"/> only.
/// </summary>
/// <param name="Event">The event's type name in Kapman.Contracts, e.g. <c>MarketSessionIngested</c>.</param>
/// <param name="Producer">The service that publishes and stores it, by its gateway name (<c>/api/&lt;producer&gt;</c>).</param>
/// <param name="Endpoint">
/// The consumer's queue: MassTransit's kebab-case endpoint name of the consumer, prefixed with its service
/// (<c>wyckoff-market-session-ingested</c>).
/// </param>
public sealed record ReplayRoute(string Event, string Producer, string Endpoint)
{
    /// <summary>The consuming service: the endpoint's prefix, before its first dash (the whole name when it has none).</summary>
    public string Consumer => Endpoint.IndexOf('-', StringComparison.Ordinal) is var dash and > 0 ? Endpoint[..dash] : Endpoint;

    /// <summary>The event's full type name, as the producer's outbox stores it (<c>message_type</c>).</summary>
    public string MessageType => typeof(IIntegrationEvent).Namespace + "." + Event;
}
