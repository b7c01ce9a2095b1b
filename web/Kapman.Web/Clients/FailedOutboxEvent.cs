namespace Kapman.Web.Clients;

/// <summary>An event a service's outbox relay could not publish (service API <c>GET /outbox/failed</c>). Times are UTC.</summary>
/// <param name="Id">The row's id in that service's outbox.</param>
/// <param name="MessageId">The MessageId it would have been published with.</param>
/// <param name="MessageType">The stored event type name.</param>
/// <param name="RunId">The pipeline run, when recorded.</param>
/// <param name="SessionDate">The session, when recorded.</param>
/// <param name="CreatedAt">When the event was written.</param>
/// <param name="FailedAt">When the relay gave up on it.</param>
/// <param name="Failure">Why (unknown type, or the deserialization error).</param>
public sealed record FailedOutboxEvent(
    long Id, Guid MessageId, string MessageType, Guid? RunId, DateOnly? SessionDate, DateTime CreatedAt, DateTime FailedAt, string Failure);
