namespace Kapman.ServiceDefaults.Messaging.Replay;

/// <summary>
/// The service this host is, as a producer of events: the endpoint prefix given to
/// <see cref="MessagingExtensions.AddKapmanMessaging"/>, which is also its gateway name (<c>/api/&lt;service&gt;</c>) and the
/// <see cref="Contracts.Replay.ReplayRoute.Producer"/> of the events its outbox stores.
/// </summary>
/// <param name="Service">The service name, e.g. <c>ingestion</c>.</param>
public sealed record EventProducer(string Service);
