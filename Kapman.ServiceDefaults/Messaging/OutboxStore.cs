using Dapper;
using Npgsql;

namespace Kapman.ServiceDefaults.Messaging;

/// <summary>Reads and housekeeping of the service's <c>outbox</c> outside the relay's publishing loop.</summary>
public sealed class OutboxStore(NpgsqlDataSource dataSource)
{
    /// <summary>Rows deleted per statement while pruning, so no statement holds locks on a large part of the table.</summary>
    public const int PruneBatch = 5_000;

    /// <summary>The failed rows, newest first, at most <paramref name="limit"/>.</summary>
    /// <exception cref="NpgsqlException">The database is unreachable.</exception>
    public async Task<IReadOnlyList<FailedOutboxRow>> FailedAsync(int limit, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return [.. await connection.QueryAsync<FailedOutboxRow>(new CommandDefinition(
            """
            SELECT id, message_id AS MessageId, message_type AS MessageType, run_id AS RunId, session_date AS SessionDate,
                   created_at AS CreatedAt, failed_at AS FailedAt, failure
            FROM outbox WHERE failed_at IS NOT NULL ORDER BY id DESC LIMIT @limit
            """,
            new { limit }, cancellationToken: ct))];
    }

    /// <summary>
    /// The published rows of <paramref name="messageType"/> (an event's full type name) whose session is in
    /// <paramref name="from"/>..<paramref name="to"/>, in session then publishing order, at most <paramref name="limit"/>: the
    /// event log replay reads. Unpublished rows are still on their way and failed ones never left, so neither is returned.
    /// </summary>
    /// <exception cref="NpgsqlException">The database is unreachable.</exception>
    internal async Task<IReadOnlyList<OutboxRow>> PublishedAsync(string messageType, DateOnly from, DateOnly to, int limit, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return [.. await connection.QueryAsync<OutboxRow>(new CommandDefinition(
            """
            SELECT id, message_id AS MessageId, message_type AS MessageType, payload::text AS Payload, trace_parent AS TraceParent
            FROM outbox
            WHERE message_type = @messageType AND session_date BETWEEN @from AND @to AND published_at IS NOT NULL
            ORDER BY session_date, id LIMIT @limit
            """,
            new { messageType, from, to, limit }, cancellationToken: ct))];
    }

    /// <summary>
    /// Deletes published rows whose <c>published_at</c> is more than <paramref name="retentionDays"/> days before the
    /// database's clock, in batches of <see cref="PruneBatch"/>; unpublished and failed rows are never deleted.
    /// Returns the number of rows deleted.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retentionDays"/> is below 1.</exception>
    /// <exception cref="NpgsqlException">The database is unreachable.</exception>
    public async Task<int> PrunePublishedAsync(int retentionDays, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retentionDays, 1);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var total = 0;
        int deleted;
        do
        {
            deleted = await connection.ExecuteAsync(new CommandDefinition(
                """
                DELETE FROM outbox WHERE id IN (
                    SELECT id FROM outbox WHERE published_at < now() - make_interval(days => @retentionDays) LIMIT @batch)
                """,
                new { retentionDays, batch = PruneBatch }, cancellationToken: ct));
            total += deleted;
        }
        while (deleted == PruneBatch);

        return total;
    }
}
