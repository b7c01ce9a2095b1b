namespace Kapman.Notification.Core;

/// <summary>A message ready to record and send. <see cref="DedupKey"/> names what it is about; one message per key, ever.</summary>
/// <param name="Html">Its own HTML part, when it has one richer than its text laid out (<see cref="Email.EmailHtml.For"/>); else null.</param>
public sealed record ComposedMessage(string DedupKey, string Kind, DateOnly SessionDate, string? Ticker, string Subject, string Body, string? Html = null);
