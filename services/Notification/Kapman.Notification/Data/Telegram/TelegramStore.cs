using Dapper;
using Npgsql;

namespace Kapman.Notification.Data.Telegram;

/// <summary>
/// Reads and writes the Telegram approval queue's tables (<c>telegram_messages</c>, <c>telegram_decisions</c>, <c>telegram_poll_offset</c>,
/// migration 003). Each call runs on a connection of its own, outside any transaction, so a claim is committed before the remote call.
/// </summary>
public sealed class TelegramStore(NpgsqlDataSource dataSource)
{
    /// <summary>How long an APPROVING claim holds before a new press may take it over: longer than any approval call (30 s total timeout).</summary>
    public static readonly TimeSpan StaleApproving = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Claims the approval message of <paramref name="recommendationId"/> for <paramref name="chatId"/> (SENDING); false when it is already
    /// SENDING or SENT (never sent twice), true for a new or FAILED one.
    /// </summary>
    public async Task<bool> ClaimMessageAsync(Guid recommendationId, long chatId, DateOnly sessionDate, string ticker, string text, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO telegram_messages (recommendation_id, chat_id, session_date, ticker, text, status)
            VALUES (@recommendationId, @chatId, @sessionDate, @ticker, @text, 'SENDING')
            ON CONFLICT (recommendation_id, chat_id) DO UPDATE SET status = 'SENDING', error = NULL, text = EXCLUDED.text
            WHERE telegram_messages.status = 'FAILED'
            """,
            new { recommendationId, chatId, sessionDate, ticker, text }, cancellationToken: ct)) == 1;
    }

    /// <summary>Records the result of a send: SENT with Telegram's <paramref name="messageId"/>, or FAILED / SENDING (unknown) with the error.</summary>
    public async Task RecordMessageAsync(Guid recommendationId, long chatId, string status, long? messageId, string? error)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE telegram_messages SET status = @status, message_id = @messageId, error = @error,
                   sent_at = CASE WHEN @status = 'SENT' THEN now() END
            WHERE recommendation_id = @recommendationId AND chat_id = @chatId
            """,
            new { recommendationId, chatId, status, messageId, error }, cancellationToken: CancellationToken.None));
    }

    /// <summary>
    /// Claims the decision on <paramref name="recommendationId"/> as <paramref name="decision"/> (APPROVING or REJECTED). Returns null when
    /// claimed, else the decision already held (APPROVING, APPROVED, REJECTED), which this press must not change. A FAILED approval is
    /// claimed again, and so is one left APPROVING for longer than <see cref="StaleApproving"/> (the process stopped during the call):
    /// execution's approval is idempotent, so asking again returns the same order instead of placing a second one.
    /// </summary>
    public async Task<string?> ClaimDecisionAsync(Guid recommendationId, string decision, long chatId, long userId, string callbackQueryId, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var claimed = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO telegram_decisions (recommendation_id, decision, chat_id, user_id, callback_query_id)
            VALUES (@recommendationId, @decision, @chatId, @userId, @callbackQueryId)
            ON CONFLICT (recommendation_id) DO UPDATE SET decision = EXCLUDED.decision, chat_id = EXCLUDED.chat_id, user_id = EXCLUDED.user_id,
                   callback_query_id = EXCLUDED.callback_query_id, order_id = NULL, error = NULL, decided_at = now()
            WHERE telegram_decisions.decision = 'FAILED'
               OR (telegram_decisions.decision = 'APPROVING' AND telegram_decisions.decided_at < now() - make_interval(secs => @staleSeconds))
            """,
            new { recommendationId, decision, chatId, userId, callbackQueryId, staleSeconds = StaleApproving.TotalSeconds }, cancellationToken: ct));
        return claimed == 1 ? null : await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT decision FROM telegram_decisions WHERE recommendation_id = @recommendationId", new { recommendationId }, cancellationToken: ct));
    }

    /// <summary>Records how an approval ended: APPROVED with the order id, or FAILED with the error. Never cancelled.</summary>
    public async Task RecordDecisionAsync(Guid recommendationId, string decision, Guid? orderId, string? error)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE telegram_decisions SET decision = @decision, order_id = @orderId, error = @error WHERE recommendation_id = @recommendationId",
            new { recommendationId, decision, orderId, error }, cancellationToken: CancellationToken.None));
    }

    /// <summary>The next <c>getUpdates</c> offset; 0 (from the oldest unconfirmed update) before the first update was handled.</summary>
    public async Task<long> NextOffsetAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT next_offset FROM telegram_poll_offset WHERE id = 1", cancellationToken: ct)) ?? 0;
    }

    /// <summary>Stores <paramref name="nextOffset"/> (a handled update's id + 1); a lower value never replaces a higher one.</summary>
    public async Task SaveOffsetAsync(long nextOffset, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO telegram_poll_offset (id, next_offset) VALUES (1, @nextOffset)
            ON CONFLICT (id) DO UPDATE SET next_offset = EXCLUDED.next_offset, updated_at = now()
            WHERE telegram_poll_offset.next_offset < EXCLUDED.next_offset
            """,
            new { nextOffset }, cancellationToken: ct));
    }
}
