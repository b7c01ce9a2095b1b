using Dapper;
using Npgsql;

namespace Kapman.Notification.Data.Telegram;

/// <summary>
/// The <c>telegram_alerts</c> table (migration 009): Telegram's plain alerts, one per dedup key and chat. Each call runs on a connection
/// of its own, outside any transaction, so a claim is committed before the Bot API call.
/// </summary>
public sealed class TelegramAlertStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Claims the alert <paramref name="dedupKey"/> for <paramref name="chatId"/> (SENDING); false when it is already SENDING or SENT (never
    /// sent twice), true for a new or FAILED one.
    /// </summary>
    public async Task<bool> ClaimAsync(string dedupKey, long chatId, string route, DateOnly sessionDate, string? ticker, string subject, string text,
        CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO telegram_alerts (dedup_key, chat_id, route, session_date, ticker, subject, text, status)
            VALUES (@dedupKey, @chatId, @route, @sessionDate, @ticker, @subject, @text, 'SENDING')
            ON CONFLICT (dedup_key, chat_id) DO UPDATE SET status = 'SENDING', error = NULL, text = EXCLUDED.text
            WHERE telegram_alerts.status = 'FAILED'
            """,
            new { dedupKey, chatId, route, sessionDate, ticker, subject, text }, cancellationToken: ct)) == 1;
    }

    /// <summary>Records a send's result: SENT with Telegram's <paramref name="messageId"/>, or FAILED / SENDING (unknown) with the error. Never cancelled.</summary>
    public async Task RecordAsync(string dedupKey, long chatId, string status, long? messageId, string? error)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE telegram_alerts SET status = @status, message_id = @messageId, error = @error,
                   sent_at = CASE WHEN @status = 'SENT' THEN now() END
            WHERE dedup_key = @dedupKey AND chat_id = @chatId
            """,
            new { dedupKey, chatId, status, messageId, error }, cancellationToken: CancellationToken.None));
    }
}
