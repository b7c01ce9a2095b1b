using Dapper;
using Npgsql;

namespace Kapman.Notification.Data;

/// <summary>Reads and writes <c>notification.channel_controls</c>: whether the operator paused a channel (seed 004 §9). No row = running.</summary>
public sealed class ChannelControlStore(NpgsqlDataSource dataSource)
{
    /// <summary>True while <paramref name="channel"/> is paused.</summary>
    public async Task<bool> IsPausedAsync(string channel, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<bool?>(new CommandDefinition(
            "SELECT paused FROM channel_controls WHERE channel = @channel", new { channel }, cancellationToken: ct)) ?? false;
    }

    /// <summary>Pauses or resumes <paramref name="channel"/> with the operator's <paramref name="reason"/>; returns false when it already was (a first resume of a never-paused channel counts as a change).</summary>
    public async Task<bool> SetAsync(string channel, bool paused, string? reason, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO channel_controls (channel, paused, reason) VALUES (@channel, @paused, @reason)
            ON CONFLICT (channel) DO UPDATE SET paused = EXCLUDED.paused, reason = EXCLUDED.reason, changed_at = now()
            WHERE channel_controls.paused <> EXCLUDED.paused
            """, new { channel, paused, reason }, cancellationToken: ct)) > 0;
    }

    /// <summary>Every channel's state, with the messages it holds (email and Telegram; Discord's wait as PENDING deliveries).</summary>
    public async Task<IEnumerable<ChannelStateDto>> ListAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<ChannelStateDto>(new CommandDefinition(
            """
            SELECT c.channel, COALESCE(k.paused, false) AS paused, k.reason, k.changed_at AS ChangedAt,
                   (SELECT count(*)::int FROM held_messages h WHERE h.channel = c.channel AND h.released_at IS NULL) AS held
            FROM unnest(ARRAY['email', 'telegram', 'discord']) WITH ORDINALITY AS c (channel, n)
            LEFT JOIN channel_controls k ON k.channel = c.channel
            ORDER BY c.n
            """, cancellationToken: ct));
    }
}
