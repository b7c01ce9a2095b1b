using Kapman.Contracts;

namespace Kapman.ServiceDefaults.Tests.Messaging;

/// <summary>
/// A test event for <see cref="LogProbeConsumer"/>: <paramref name="Failure"/> names the exception the consumer throws
/// ("timeout" for an outage, "invalid" for a failure of the message itself), or null to succeed.
/// </summary>
public sealed record LogProbe(Guid RunId, DateOnly SessionDate, string? Failure, int SchemaVersion = 1) : IIntegrationEvent;
