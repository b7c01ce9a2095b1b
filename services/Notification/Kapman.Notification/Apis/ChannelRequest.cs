namespace Kapman.Notification.Apis;

/// <summary>The optional body of a pause or resume: the operator's reason, kept with the channel's state.</summary>
public sealed record ChannelRequest(string? Reason);
