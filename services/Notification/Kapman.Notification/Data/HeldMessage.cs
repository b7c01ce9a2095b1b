namespace Kapman.Notification.Data;

/// <summary>A message held while its channel was paused (<c>notification.held_messages</c>).</summary>
/// <param name="Payload">What the channel's sender needs, as JSON: a ComposedMessage for email, a RecommendationIssued for Telegram.</param>
public sealed record HeldMessage(Guid Id, string Channel, string Route, string DedupKey, string Payload);
