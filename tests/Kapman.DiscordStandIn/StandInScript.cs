namespace Kapman.DiscordStandIn;

/// <summary>A scripted answer: <paramref name="Status"/>, with <paramref name="RetryAfterSeconds"/> and <paramref name="Global"/> for a 429.</summary>
internal sealed record StandInScript(int Status, double RetryAfterSeconds, bool Global);
