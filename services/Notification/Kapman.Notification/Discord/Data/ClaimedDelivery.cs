namespace Kapman.Notification.Discord.Data;

/// <summary>A delivery the worker claimed (state SENDING): its tier, JSON body, and failures so far.</summary>
public sealed record ClaimedDelivery(Guid Id, string Tier, string Payload, int Failures);
