namespace Kapman.Architecture.Tests;

/// <summary>A consumer as the source declares it: the queue MassTransit names for it and the message type it consumes.</summary>
/// <param name="Service">The consuming service's endpoint prefix (its <c>AddKapmanMessaging</c> name).</param>
/// <param name="Endpoint">The queue: the prefix, a dash, the consumer's name without <c>Consumer</c> in kebab case.</param>
/// <param name="Event">The consumed type's name; <c>Fault</c> for a <c>Fault&lt;T&gt;</c> consumer.</param>
internal sealed record ConsumerEndpoint(string Service, string Endpoint, string Event);
