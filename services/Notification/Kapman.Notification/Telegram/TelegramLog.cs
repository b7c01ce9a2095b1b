namespace Kapman.Notification.Telegram;

/// <summary>The Telegram feature's log lines. None carries the bot token or a request URL.</summary>
internal static partial class TelegramLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Telegram {Method} answered 429: waiting {RetryAfterSeconds} s (retry {Retry})")]
    public static partial void RateLimited(ILogger logger, string method, int retryAfterSeconds, int retry);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Telegram approval message for {RecommendationId} sent to chat {ChatId} as message {MessageId}")]
    public static partial void Sent(ILogger logger, Guid recommendationId, long chatId, long messageId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Telegram approval message for {RecommendationId} to chat {ChatId}: {Status}")]
    public static partial void NotSent(ILogger logger, Exception exception, Guid recommendationId, long chatId, string status);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Telegram poll failed; next try in {DelaySeconds} s")]
    public static partial void PollFailed(ILogger logger, Exception exception, int delaySeconds);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Telegram update {UpdateId} could not be handled; it is skipped")]
    public static partial void UpdateFailed(ILogger logger, Exception exception, long updateId);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Telegram message {MessageId} in chat {ChatId} could not be edited to show the outcome")]
    public static partial void EditFailed(ILogger logger, Exception exception, long chatId, long messageId);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Telegram callback {Action} for {RecommendationId} from chat {ChatId}: {Outcome}")]
    public static partial void Callback(ILogger logger, string action, Guid? recommendationId, long? chatId, string outcome);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Information, Message = "Telegram alert {DedupKey} sent to chat {ChatId} as message {MessageId}")]
    public static partial void AlertSent(ILogger logger, string dedupKey, long chatId, long messageId);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "Telegram alert {DedupKey} to chat {ChatId}: {Status}")]
    public static partial void AlertNotSent(ILogger logger, Exception exception, string dedupKey, long chatId, string status);
}
