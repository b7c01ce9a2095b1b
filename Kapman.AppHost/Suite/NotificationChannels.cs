using Microsoft.Extensions.Configuration;

namespace Kapman.AppHost.Suite;

/// <summary>
/// What the notification service needs from the operator's environment for its chat channels, read by the AppHost and handed on
/// to that service alone: every setting under <c>Kapman:Telegram</c>, <c>Kapman:Discord</c> and <c>Kapman:Notification</c> (the routing
/// table; as <c>Kapman__Telegram__Enabled</c>, <c>Kapman__Notification__Routes__FILL__Channels</c>, ...), and the channel secrets <c>TELEGRAM_BOT_TOKEN</c>, <c>DISCORD_WEBHOOK_PREMIUM</c>, <c>DISCORD_WEBHOOK_BASIC</c> and
/// <c>DISCORD_WEBHOOK_FREE</c>, which the AppHost passes as secret parameters (masked on the dashboard). Unset values are not passed,
/// so both channels stay off by default.
/// </summary>
/// <param name="Settings">Environment name → value of each channel setting present.</param>
/// <param name="Secrets">Environment name → value of each channel secret present.</param>
public sealed record NotificationChannels(IReadOnlyDictionary<string, string> Settings, IReadOnlyDictionary<string, string> Secrets)
{
    /// <summary>The secrets' environment variable names.</summary>
    public static IReadOnlyList<string> SecretNames { get; } = ["TELEGRAM_BOT_TOKEN", "DISCORD_WEBHOOK_PREMIUM", "DISCORD_WEBHOOK_BASIC", "DISCORD_WEBHOOK_FREE"];

    /// <summary>Reads the channel settings and secrets present in <paramref name="configuration"/>.</summary>
    public static NotificationChannels From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in new[] { "Kapman:Telegram", "Kapman:Discord", "Kapman:Notification" })
        {
            foreach (var (key, value) in configuration.GetSection(section).AsEnumerable())
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    settings[key.Replace(":", "__", StringComparison.Ordinal)] = value;
                }
            }
        }

        var secrets = SecretNames
            .Where(name => !string.IsNullOrWhiteSpace(configuration[name]))
            .ToDictionary(name => name, name => configuration[name]!, StringComparer.Ordinal);
        return new NotificationChannels(settings, secrets);
    }
}
