namespace Kapman.Notification.Core.Discord;

/// <summary>One field of a Discord embed (name ≤ 256 characters, value ≤ 1024, per Discord's embed limits).</summary>
public sealed record DiscordEmbedField(string Name, string Value, bool Inline);
