using Dapper;
using Npgsql;

namespace Kapman.Notification.Discord.Data;

/// <summary>
/// <c>notification.discord_deliveries</c>. Rows are scheduled inside the consumer's transaction; the worker's calls each run on a
/// connection of their own and commit at once, so the claim (PENDING → SENDING) is committed before Discord is called and no
/// transaction is open during the call. Every state change after the claim applies only to a row still SENDING.
/// </summary>
public sealed class DiscordDeliveryStore(NpgsqlDataSource dataSource)
{
    /// <summary>Inserts <paramref name="rows"/> in <paramref name="transaction"/>; a key and tier already scheduled is left as it is.</summary>
    public static async Task ScheduleAsync(NpgsqlTransaction transaction, IEnumerable<DiscordDeliveryRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            await transaction.Connection!.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO discord_deliveries (id, dedup_key, tier, kind, session_date, ticker, payload, due_at, state)
                VALUES (@id, @DedupKey, @Tier, @Kind, @SessionDate, @Ticker, CAST(@Payload AS jsonb), @DueAt, 'PENDING')
                ON CONFLICT (dedup_key, tier) DO NOTHING
                """,
                new { id = Guid.CreateVersion7(), row.DedupKey, row.Tier, row.Kind, row.SessionDate, row.Ticker, row.Payload, DueAt = row.DueAt.UtcDateTime },
                transaction, cancellationToken: ct));
        }
    }

    /// <summary>
    /// Returns to PENDING every row SENDING since before <paramref name="staleBefore"/>: its worker died mid-send (crash, kill).
    /// It is sent again, so a post Discord had accepted before the crash appears twice; this is the protocol's one duplicate.
    /// </summary>
    public async Task<int> RecoverStaleAsync(DateTimeOffset staleBefore, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE discord_deliveries SET state = 'PENDING', last_error = 'the send was interrupted (worker stopped mid-send); sent again'
            WHERE state = 'SENDING' AND claimed_at < @staleBefore
            """, new { staleBefore = staleBefore.UtcDateTime }, cancellationToken: ct));
    }

    /// <summary>
    /// Keeps the tier cadence after a pause or a stop (issue 20; seed 004 §8): every PENDING basic or free row becomes due no earlier than
    /// its subject's premium send time plus <paramref name="basicAfter"/> or <paramref name="freeAfter"/>. The premium send time is the
    /// premium row's <c>sent_at</c> when it went out, else the later of its due time and <paramref name="now"/> (it goes out at the next
    /// claim). A row already due later keeps its time; a subject without a premium row (or with a parked one) is left alone. Returns the rows moved.
    /// </summary>
    public async Task<int> RespaceAsync(DateTimeOffset now, TimeSpan basicAfter, TimeSpan freeAfter, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE discord_deliveries d
            SET due_at = p.premium_at + make_interval(secs => CASE d.tier WHEN 'basic' THEN @basicSeconds ELSE @freeSeconds END)
            FROM (SELECT dedup_key, CASE WHEN state = 'SENT' THEN sent_at ELSE GREATEST(due_at, @now) END AS premium_at
                  FROM discord_deliveries WHERE tier = 'premium' AND state <> 'PARKED') p
            WHERE d.dedup_key = p.dedup_key AND d.state = 'PENDING' AND d.tier IN ('basic', 'free')
              AND d.due_at < p.premium_at + make_interval(secs => CASE d.tier WHEN 'basic' THEN @basicSeconds ELSE @freeSeconds END)
            """,
            new { now = now.UtcDateTime, basicSeconds = basicAfter.TotalSeconds, freeSeconds = freeAfter.TotalSeconds }, cancellationToken: ct));
    }

    /// <summary>
    /// Claims the earliest due PENDING row not of a tier in <paramref name="waiting"/> (rate limited): SENDING, one more attempt.
    /// <c>FOR UPDATE SKIP LOCKED</c> lets several workers run without claiming the same row. Null when none is due.
    /// </summary>
    public async Task<ClaimedDelivery?> ClaimAsync(DateTimeOffset now, IReadOnlyCollection<string> waiting, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<ClaimedDelivery>(new CommandDefinition(
            """
            UPDATE discord_deliveries d SET state = 'SENDING', attempts = d.attempts + 1, claimed_at = @now
            FROM (SELECT id FROM discord_deliveries
                  WHERE state = 'PENDING' AND due_at <= @now AND NOT (tier = ANY(@waiting))
                  ORDER BY due_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED) c
            WHERE d.id = c.id
            RETURNING d.id, d.tier, d.payload::text AS payload, d.failures
            """, new { now = now.UtcDateTime, waiting = waiting.ToArray() }, cancellationToken: ct));
    }

    /// <summary>Marks a claimed row SENT with Discord's message id. Never cancelled: the post exists.</summary>
    public async Task MarkSentAsync(Guid id, string? messageId, DateTimeOffset sentAt)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE discord_deliveries SET state = 'SENT', message_id = @messageId, sent_at = @sentAt, last_error = NULL WHERE id = @id AND state = 'SENDING'",
            new { id, messageId, sentAt = sentAt.UtcDateTime }, cancellationToken: CancellationToken.None));
    }

    /// <summary>Puts a claimed row back to PENDING, due at <paramref name="dueAt"/>; <paramref name="failed"/> counts a failure.</summary>
    public async Task RescheduleAsync(Guid id, DateTimeOffset dueAt, string error, bool failed)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE discord_deliveries SET state = 'PENDING', due_at = @dueAt, last_error = @error, failures = failures + CASE WHEN @failed THEN 1 ELSE 0 END
            WHERE id = @id AND state = 'SENDING'
            """, new { id, dueAt = dueAt.UtcDateTime, error, failed }, cancellationToken: CancellationToken.None));
    }

    /// <summary>Parks a claimed row with <paramref name="reason"/>; <paramref name="failed"/> counts the send that led to it.</summary>
    public async Task ParkAsync(Guid id, string reason, bool failed)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE discord_deliveries SET state = 'PARKED', last_error = @reason, failures = failures + CASE WHEN @failed THEN 1 ELSE 0 END
            WHERE id = @id AND state = 'SENDING'
            """, new { id, reason, failed }, cancellationToken: CancellationToken.None));
    }

    /// <summary>The latest <paramref name="limit"/> deliveries in <paramref name="state"/> (all when null), latest due first.</summary>
    public async Task<IEnumerable<DiscordDeliveryDto>> ListAsync(string? state, int limit, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<DiscordDeliveryDto>(new CommandDefinition(
            """
            SELECT id, dedup_key AS DedupKey, tier, kind, session_date AS SessionDate, ticker, due_at AS DueAt, state, attempts, failures,
                   last_error AS LastError, message_id AS MessageId, created_at AS CreatedAt, sent_at AS SentAt
            FROM discord_deliveries WHERE @state::text IS NULL OR state = @state
            ORDER BY due_at DESC, created_at DESC LIMIT @limit
            """, new { state, limit }, cancellationToken: ct));
    }
}
