using Dapper;
using Npgsql;

namespace Kapman.Notification.Data;

/// <summary>
/// The latest message of every route on every channel (<c>GET /routes</c>), read from the channels' own logs: <c>messages</c> (email),
/// <c>telegram_messages</c> (approvals: RECOMMENDATION), <c>telegram_alerts</c> (Telegram's plain alerts, by route), <c>discord_deliveries</c> (its kind and dedup key give the route: a Wyckoff
/// alert's key names its alert kind, an order's its new state) and the messages still held while a channel is paused.
/// </summary>
public sealed class RouteStore(NpgsqlDataSource dataSource)
{
    /// <summary>One row per route and channel that has any message, the latest of each.</summary>
    public async Task<IReadOnlyList<LastMessageDto>> LatestAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return [.. await connection.QueryAsync<LastMessageDto>(new CommandDefinition(
            """
            SELECT DISTINCT ON (route, channel) route, channel, MessageId, at, status, subject, ticker, AcknowledgedAt
            FROM (
                SELECT COALESCE(route, kind) AS route, channel, id AS MessageId, created_at AS at,
                       CASE status WHEN 'SENDING' THEN 'UNKNOWN' ELSE status END AS status, subject, ticker, acknowledged_at AS AcknowledgedAt
                FROM messages
                UNION ALL
                SELECT 'RECOMMENDATION', 'telegram', NULL::uuid, created_at, CASE status WHEN 'SENDING' THEN 'UNKNOWN' ELSE status END,
                       'approval request ' || ticker, ticker, NULL::timestamptz
                FROM telegram_messages
                UNION ALL
                SELECT route, 'telegram', NULL::uuid, created_at, CASE status WHEN 'SENDING' THEN 'UNKNOWN' ELSE status END, subject, ticker, NULL::timestamptz
                FROM telegram_alerts
                UNION ALL
                SELECT CASE kind
                           WHEN 'WYCKOFF_ALERT' THEN split_part(dedup_key, ':', 2)
                           WHEN 'ORDER' THEN CASE WHEN split_part(dedup_key, ':', 3) IN ('filled', 'partially_filled') THEN 'FILL' ELSE 'ORDER_STATE' END
                           ELSE kind END,
                       'discord', NULL::uuid, created_at, state, tier || ' post ' || dedup_key, ticker, NULL::timestamptz
                FROM discord_deliveries
                UNION ALL
                SELECT route, channel, NULL::uuid, held_at, 'HELD', subject, ticker, NULL::timestamptz
                FROM held_messages WHERE released_at IS NULL
            ) m
            ORDER BY route, channel, at DESC
            """, cancellationToken: ct))];
    }
}
