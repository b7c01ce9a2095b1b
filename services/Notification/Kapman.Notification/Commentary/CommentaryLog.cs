namespace Kapman.Notification.Commentary;

/// <summary>The commentary feature's log lines (no key, no prompt, no text: those are in the archive).</summary>
internal static partial class CommentaryLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Report {ReportId} ({Kind}, session {Session}) written by {Source} ({Model}); rejection: {Rejection}")]
    public static partial void Written(ILogger logger, Guid reportId, string kind, DateOnly session, string source, string model, string rejection);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report {ReportId}: {Decision} by {DecidedBy}")]
    public static partial void Decided(ILogger logger, Guid reportId, string decision, string decidedBy);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report {ReportId}: approved, but its email was refused; approving again retries it")]
    public static partial void EmailRefused(ILogger logger, Exception exception, Guid reportId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report {ReportId}: Telegram message to chat {ChatId} {Outcome}")]
    public static partial void NotSent(ILogger logger, Exception exception, Guid reportId, long chatId, string outcome);
}
