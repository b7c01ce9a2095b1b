namespace Kapman.Notification.Core;

/// <summary>A message ready to record and send. <see cref="DedupKey"/> names what it is about; one message per key, ever.</summary>
public sealed record ComposedMessage(string DedupKey, string Kind, DateOnly SessionDate, string? Ticker, string Subject, string Body);
