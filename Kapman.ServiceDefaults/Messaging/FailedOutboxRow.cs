namespace Kapman.ServiceDefaults.Messaging;

/// <summary>An outbox row the relay could not publish (<c>GET /outbox/failed</c>). Times are UTC.</summary>
/// <param name="Id">The row's id in the service's <c>outbox</c>.</param>
/// <param name="MessageId">The MessageId the event would have been published with.</param>
/// <param name="MessageType">The stored event type name.</param>
/// <param name="RunId">The pipeline run the event belongs to, when recorded.</param>
/// <param name="SessionDate">The session the event reports on, when recorded.</param>
/// <param name="CreatedAt">When the event was written.</param>
/// <param name="FailedAt">When the relay gave up on it.</param>
/// <param name="Failure">Why: unknown message type, or the deserialization error.</param>
public sealed record FailedOutboxRow(
    long Id, Guid MessageId, string MessageType, Guid? RunId, DateOnly? SessionDate, DateTime CreatedAt, DateTime FailedAt, string Failure);
