namespace Kapman.Notification.Discord.Webhook;

/// <summary>What one Execute Webhook call came to.</summary>
/// <param name="Outcome">What the worker does next.</param>
/// <param name="MessageId">The created message's id (2xx with <c>?wait=true</c>).</param>
/// <param name="RetryAfter">How long to wait before the next call: a 429's <c>retry_after</c>, or the bucket's reset when none remain.</param>
/// <param name="Global">A 429 of the global limit: every tier waits.</param>
/// <param name="Error">Why it failed, without the token (status, Discord's code and message).</param>
public sealed record DiscordSendResult(DiscordSendOutcome Outcome, string? MessageId, TimeSpan? RetryAfter, bool Global, string? Error);
