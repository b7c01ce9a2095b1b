using Kapman.Notification.Core.Discord;

namespace Kapman.Notification.Discord.Webhook;

/// <summary>
/// The three tiers' webhooks, read only from the environment variables <c>DISCORD_WEBHOOK_PREMIUM</c>, <c>DISCORD_WEBHOOK_BASIC</c>
/// and <c>DISCORD_WEBHOOK_FREE</c> (never from appsettings, which is checked in): each holds a full webhook URL.
/// </summary>
public sealed class DiscordWebhooks(IReadOnlyDictionary<string, DiscordWebhook> byTier, IReadOnlyList<string> problems)
{
    /// <summary>The environment variable of each tier.</summary>
    public static IReadOnlyDictionary<string, string> Variables { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DiscordTier.Premium] = "DISCORD_WEBHOOK_PREMIUM",
        [DiscordTier.Basic] = "DISCORD_WEBHOOK_BASIC",
        [DiscordTier.Free] = "DISCORD_WEBHOOK_FREE",
    };

    /// <summary>What is missing or malformed, naming the variable and never its value; empty when all three are usable.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;

    /// <summary>Reads the three variables through <paramref name="environment"/> (the process's in the host).</summary>
    public static DiscordWebhooks FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var hooks = new Dictionary<string, DiscordWebhook>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (tier, variable) in Variables)
        {
            var raw = environment(variable);
            if (string.IsNullOrWhiteSpace(raw))
            {
                problems.Add($"{variable} is not set");
            }
            else if (DiscordWebhook.Parse(raw) is { } hook)
            {
                hooks[tier] = hook;
            }
            else
            {
                problems.Add($"{variable} is not a webhook URL of the form https://discord.com/api/webhooks/{{id}}/{{token}}");
            }
        }

        return new DiscordWebhooks(hooks, problems);
    }

    /// <summary>The webhook of <paramref name="tier"/>, or null when it is not configured.</summary>
    public DiscordWebhook? For(string tier) => byTier.GetValueOrDefault(tier);
}
