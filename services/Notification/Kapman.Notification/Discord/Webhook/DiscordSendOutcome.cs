namespace Kapman.Notification.Discord.Webhook;

/// <summary>The classes of Execute Webhook outcome.</summary>
public enum DiscordSendOutcome
{
    /// <summary>2xx: posted.</summary>
    Sent,

    /// <summary>429: wait <c>retry_after</c> and send again; not a failure.</summary>
    RateLimited,

    /// <summary>5xx, timeout or network error: the post may or may not exist; retried with backoff.</summary>
    Transient,

    /// <summary>Any other 4xx (400 invalid body, 401/403, 404 unknown webhook): sending again cannot help; parked.</summary>
    Rejected,
}
