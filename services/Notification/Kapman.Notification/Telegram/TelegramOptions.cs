namespace Kapman.Notification.Telegram;

/// <summary>
/// <c>Kapman:Telegram</c>: the approval queue on Telegram (issue 20 item 2). The bot token comes only from the environment
/// (<c>TELEGRAM_BOT_TOKEN</c>) and the operator's gateway key only from <c>KAPMAN_API_KEY</c>; neither is bound from the section.
/// </summary>
public sealed class TelegramOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Telegram";

    /// <summary>Environment variable holding the bot token.</summary>
    public const string TokenVariable = "TELEGRAM_BOT_TOKEN";

    /// <summary>Environment variable holding the operator's gateway API key.</summary>
    public const string ApiKeyVariable = "KAPMAN_API_KEY";

    /// <summary>Environment variable holding the webhook's <c>secret_token</c> (webhook mode only).</summary>
    public const string WebhookSecretVariable = "TELEGRAM_WEBHOOK_SECRET";

    /// <summary><see cref="Mode"/> value: updates are fetched with <c>getUpdates</c> long polling (the default).</summary>
    public const string PollingMode = "polling";

    /// <summary><see cref="Mode"/> value: Telegram POSTs each update to <see cref="WebhookUrl"/> (<c>setWebhook</c>).</summary>
    public const string WebhookMode = "webhook";

    /// <summary>Off by default: no message is sent and no update is polled.</summary>
    public bool Enabled { get; set; }

    /// <summary>The Bot API's root; requests go to <c>{ApiBaseUrl}/bot{token}/{method}</c>.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://api.telegram.org");

    /// <summary>Chats that receive the approval messages and whose button presses are obeyed; required when enabled.</summary>
    public IList<long> AllowedChatIds { get; } = [];

    /// <summary>The gateway's root; an approval is <c>POST {GatewayUrl}/api/execution/approvals/{id}</c>. Required when enabled.</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary><c>getUpdates</c> long-poll timeout, seconds (Bot API <c>timeout</c>), 1-50.</summary>
    public int PollTimeoutSeconds { get; set; } = 25;

    /// <summary>Wait after a failed poll before the next one, seconds, 1-300.</summary>
    public int PollErrorDelaySeconds { get; set; } = 5;

    /// <summary>How many times one call waits out a 429's <c>retry_after</c> before giving up, 0-10.</summary>
    public int MaxRateLimitRetries { get; set; } = 3;

    /// <summary>The longest <c>retry_after</c> waited out, seconds; a longer one fails the call, 1-3600.</summary>
    public int MaxRetryAfterSeconds { get; set; } = 120;

    /// <summary>
    /// How updates arrive: <see cref="PollingMode"/> (default; any webhook left registered is deleted first, since <c>getUpdates</c> does not
    /// work while one is set) or <see cref="WebhookMode"/> (<c>setWebhook</c> with <see cref="WebhookUrl"/> and the secret at start).
    /// </summary>
    public string Mode { get; set; } = PollingMode;

    /// <summary>
    /// Webhook mode: the public URL Telegram POSTs updates to, normally the gateway's
    /// <c>https://{host}/api/notification/telegram/webhook</c> (the service's own path is <c>/telegram/webhook</c>). Required in webhook mode.
    /// </summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>True when <see cref="Mode"/> is <see cref="WebhookMode"/> (any case).</summary>
    public bool IsWebhook => string.Equals(Mode, WebhookMode, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The webhook's <c>secret_token</c>, from <see cref="WebhookSecretVariable"/> only: 1-256 characters of <c>A-Z a-z 0-9 _ -</c> (Bot API
    /// setWebhook). Telegram sends it back in <c>X-Telegram-Bot-Api-Secret-Token</c>; never log it.
    /// </summary>
    public string? WebhookSecret { get; internal set; }

    /// <summary>The bot token, from <see cref="TokenVariable"/> only. Never log it: it is part of every request's path.</summary>
    public string? BotToken { get; internal set; }

    /// <summary>The operator's gateway key, from <see cref="ApiKeyVariable"/> only.</summary>
    public string? ApiKey { get; internal set; }
}
