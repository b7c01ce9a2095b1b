using Microsoft.Extensions.Configuration;

namespace Kapman.AppHost.Suite;

/// <summary>
/// What the notification service needs from the operator's environment for its chat channels, read by the AppHost and handed on
/// to that service alone: every setting under <c>Kapman:Telegram</c>, <c>Kapman:Discord</c> and <c>Kapman:Notification</c> (the routing
/// table, commentary; as <c>Kapman__Telegram__Enabled</c>, <c>Kapman__Notification__Routes__FILL__Channels</c>, ...), and the secrets
/// <c>TELEGRAM_BOT_TOKEN</c>, <c>TELEGRAM_WEBHOOK_SECRET</c> (also to the gateway), <c>DISCORD_WEBHOOK_PREMIUM</c>, <c>DISCORD_WEBHOOK_BASIC</c>,
/// <c>DISCORD_WEBHOOK_FREE</c> and the commentary model's <c>OPENAI_API_KEY</c> / <c>ANTHROPIC_API_KEY</c>, which the AppHost passes as secret
/// parameters (masked on the dashboard). Unset values are not passed,
/// so both channels stay off by default.
/// </summary>
/// <param name="Settings">Environment name → value of each channel setting present.</param>
/// <param name="Secrets">Environment name → value of each channel secret present.</param>
public sealed record NotificationChannels(IReadOnlyDictionary<string, string> Settings, IReadOnlyDictionary<string, string> Secrets)
{
    /// <summary>The secrets' environment variable names.</summary>
    public static IReadOnlyList<string> SecretNames { get; } =
        ["TELEGRAM_BOT_TOKEN", TelegramWebhookSecret, "DISCORD_WEBHOOK_PREMIUM", "DISCORD_WEBHOOK_BASIC", "DISCORD_WEBHOOK_FREE", "OPENAI_API_KEY", "ANTHROPIC_API_KEY"];

    /// <summary>
    /// The Telegram webhook's secret token: the one channel secret that also goes to the gateway, which admits Telegram's webhook POSTs by it
    /// (gateway/Kapman.Gateway/Security/TelegramWebhookGate.cs).
    /// </summary>
    public const string TelegramWebhookSecret = "TELEGRAM_WEBHOOK_SECRET";

    /// <summary>Reads the channel settings and secrets present in <paramref name="configuration"/>.</summary>
    public static NotificationChannels From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var secrets = SecretNames
            .Where(name => !string.IsNullOrWhiteSpace(configuration[name]))
            .ToDictionary(name => name, name => configuration[name]!, StringComparer.Ordinal);
        return new NotificationChannels(SectionSettings.Read(configuration, "Kapman:Telegram", "Kapman:Discord", "Kapman:Notification"), secrets);
    }
}
