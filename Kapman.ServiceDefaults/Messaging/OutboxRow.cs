namespace Kapman.ServiceDefaults.Messaging;

/// <summary>An unpublished outbox row as the relay reads it.</summary>
/// <param name="Id">The row's id (publishing order).</param>
/// <param name="MessageId">The MessageId the event is published with, which the consumers' inboxes key on.</param>
/// <param name="MessageType">Full name of the event type in Kapman.Contracts.</param>
/// <param name="Payload">The event as <see cref="System.Text.Json.JsonSerializerOptions.Web"/> JSON.</param>
/// <param name="TraceParent">The W3C traceparent of the activity that wrote the row, or null (none, or written before it was kept).</param>
internal sealed record OutboxRow(long Id, Guid MessageId, string MessageType, string Payload, string? TraceParent);
