using Kapman.Notification.Core.Discord;

namespace Kapman.Notification.Discord;

/// <summary>
/// Section <c>Kapman:Discord</c>, validated at startup. The webhook URLs are not here: they carry the token and come only from the
/// environment (<see cref="Webhook.DiscordWebhooks"/>).
/// </summary>
public sealed class DiscordOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Discord";

    /// <summary>False (the default): nothing is scheduled and the worker sends nothing.</summary>
    public bool Enabled { get; set; }

    /// <summary>Where the webhook API is; a test points it at the local stand-in.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/");

    /// <summary>Seconds from the event to the premium post (seed 004 §8: immediate).</summary>
    public int PremiumDelaySeconds { get; set; }

    /// <summary>Seconds from the event to the basic post (seed 004 §8: t+60 s).</summary>
    public int BasicDelaySeconds { get; set; } = 60;

    /// <summary>Seconds from the event to the free post (seed 004 §8: t+5 min).</summary>
    public int FreeDelaySeconds { get; set; } = 300;

    /// <summary>Failed sends (5xx, timeout, network) after which a delivery is parked; a 429 does not count.</summary>
    public int MaxFailures { get; set; } = 5;

    /// <summary>The first retry's wait in seconds after a failed send; each further failure doubles it, up to 300 s.</summary>
    public int RetryBaseSeconds { get; set; } = 2;

    /// <summary>How often the worker looks for due deliveries, in milliseconds.</summary>
    public int PollIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Seconds one send may take before it counts as a timeout.</summary>
    public int RequestTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// Seconds after which a delivery still SENDING (its worker died mid-send) is sent again; longer than <see cref="RequestTimeoutSeconds"/>
    /// so a live send is never taken over.
    /// </summary>
    public int ClaimLeaseSeconds { get; set; } = 120;

    /// <summary>The delay of <paramref name="tier"/>.</summary>
    public TimeSpan DelayOf(string tier) => TimeSpan.FromSeconds(tier switch
    {
        DiscordTier.Premium => PremiumDelaySeconds,
        DiscordTier.Basic => BasicDelaySeconds,
        DiscordTier.Free => FreeDelaySeconds,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "not a Discord tier"),
    });

    /// <summary>What is wrong, or null when every value is in range.</summary>
    public string? Validate()
    {
        var problems = new List<string>();
        if (!ApiBaseUrl.IsAbsoluteUri || ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            problems.Add("ApiBaseUrl must be an absolute http(s) URL");
        }

        if (PremiumDelaySeconds is < 0 or > 86_400 || BasicDelaySeconds is < 0 or > 86_400 || FreeDelaySeconds is < 0 or > 86_400)
        {
            problems.Add("each tier's delay must be 0..86400 s");
        }

        if (MaxFailures is < 1 or > 100)
        {
            problems.Add("MaxFailures must be 1..100");
        }

        if (RetryBaseSeconds is < 1 or > 300)
        {
            problems.Add("RetryBaseSeconds must be 1..300");
        }

        if (PollIntervalMilliseconds is < 10 or > 60_000)
        {
            problems.Add("PollIntervalMilliseconds must be 10..60000");
        }

        if (RequestTimeoutSeconds is < 1 or > 120)
        {
            problems.Add("RequestTimeoutSeconds must be 1..120");
        }

        if (ClaimLeaseSeconds <= RequestTimeoutSeconds * 2)
        {
            problems.Add("ClaimLeaseSeconds must exceed twice RequestTimeoutSeconds");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }
}
