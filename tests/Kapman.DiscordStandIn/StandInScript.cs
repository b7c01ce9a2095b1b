namespace Kapman.DiscordStandIn;

/// <summary>A scripted answer: <paramref name="Status"/>, with <paramref name="RetryAfterSeconds"/> and <paramref name="Global"/> for a 429.</summary>
internal sealed record StandInScript(int Status, double RetryAfterSeconds, bool Global)
{
    /// <summary>The status of a script that holds the request for <see cref="RetryAfterSeconds"/> of real time, then answers 504.</summary>
    public const int Hang = -1;
}
