namespace Kapman.Notification.Discord.Data;

/// <summary>
/// One scheduled Discord post as operators see it (<c>GET /discord/deliveries</c>). State PENDING (waiting for <see cref="DueAt"/>),
/// SENDING (a send is under way, or its worker died and it is resent after the claim lease), SENT, or PARKED (given up: see
/// <see cref="LastError"/>). Times are UTC; the payload is not shown.
/// </summary>
public sealed record DiscordDeliveryDto(
    Guid Id, string DedupKey, string Tier, string Kind, DateOnly SessionDate, string? Ticker, DateTime DueAt, string State, int Attempts, int Failures,
    string? LastError, string? MessageId, DateTime CreatedAt, DateTime? SentAt);
