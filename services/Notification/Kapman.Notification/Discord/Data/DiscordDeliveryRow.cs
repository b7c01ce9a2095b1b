namespace Kapman.Notification.Discord.Data;

/// <summary>A delivery to schedule: one tier's post of one subject.</summary>
/// <param name="DedupKey">The subject (one row per key and tier).</param>
/// <param name="Tier">premium, basic or free.</param>
/// <param name="Kind">WYCKOFF_ALERT, RECOMMENDATION or ORDER.</param>
/// <param name="Payload">The Execute Webhook JSON body.</param>
/// <param name="DueAt">When it may be sent.</param>
public sealed record DiscordDeliveryRow(string DedupKey, string Tier, string Kind, DateOnly SessionDate, string? Ticker, string Payload, DateTimeOffset DueAt);
