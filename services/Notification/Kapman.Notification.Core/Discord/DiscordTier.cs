namespace Kapman.Notification.Core.Discord;

/// <summary>
/// The three Discord channels of seed 004 §8 ("immediate premium message, t+60 seconds basic message (redacted), t+5 minutes free
/// channel (further redacted)"). The values are what the delivery table stores.
/// </summary>
public static class DiscordTier
{
    /// <summary>Everything, at once.</summary>
    public const string Premium = "premium";

    /// <summary>No strike, price or size; 60 s after premium by default.</summary>
    public const string Basic = "basic";

    /// <summary>Basic without scores, expiries or legs: what happened to which ticker; 5 min after premium by default.</summary>
    public const string Free = "free";

    /// <summary>The tiers in delivery order.</summary>
    public static IReadOnlyList<string> All { get; } = [Premium, Basic, Free];
}
