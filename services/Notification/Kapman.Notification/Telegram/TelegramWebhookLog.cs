namespace Kapman.Notification.Telegram;

/// <summary>Log lines of Telegram's webhook mode and update dedupe. None carries the bot token or the webhook secret.</summary>
internal static partial class TelegramWebhookLog
{
    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Telegram update {UpdateId} ({Source}) was taken before; dropped")]
    public static partial void Repeated(ILogger logger, long updateId, string source);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Information, Message = "Telegram webhook set to {WebhookUrl}; updates now arrive by POST")]
    public static partial void WebhookSet(ILogger logger, Uri webhookUrl);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Information, Message = "Telegram webhook {WebhookUrl} deleted: polling mode")]
    public static partial void WebhookDeleted(ILogger logger, string webhookUrl);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Warning, Message = "Telegram setWebhook failed; next try in {DelaySeconds} s")]
    public static partial void WebhookFailed(ILogger logger, Exception exception, int delaySeconds);

    [LoggerMessage(EventId = 2014, Level = LogLevel.Warning, Message = "Telegram webhook request refused: {Reason}")]
    public static partial void Refused(ILogger logger, string reason);
}
