using Dapper;
using Npgsql;

namespace Kapman.Notification.Apis;

/// <summary>
/// <c>GET /messages?limit=50</c>: the outbound message log, newest first. A message whose send started but was never
/// confirmed (SENDING in the table) is reported UNKNOWN: it may have gone out, and is never re-sent automatically.
/// </summary>
public static class MessagesApi
{
    public static IEndpointRouteBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/messages", async (int? limit, NpgsqlDataSource dataSource, CancellationToken ct) =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            return TypedResults.Ok(await connection.QueryAsync<MessageDto>(new CommandDefinition(
                """
                SELECT id, kind, channel, session_date AS SessionDate, ticker, subject, recipient,
                       CASE status WHEN 'SENDING' THEN 'UNKNOWN' ELSE status END AS status, error, created_at AS CreatedAt, sent_at AS SentAt
                FROM messages ORDER BY created_at DESC LIMIT @limit
                """, new { limit = Math.Clamp(limit ?? 50, 1, 500) }, cancellationToken: ct)));
        }).WithTags("Messages");
        return app;
    }
}
