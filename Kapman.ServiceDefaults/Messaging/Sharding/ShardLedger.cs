using Dapper;

namespace Kapman.ServiceDefaults.Messaging.Sharding;

/// <summary>
/// The books of a stage split into ticker shards, in the service's own schema (tables <c>session_splits</c> and
/// <c>session_shards</c>, created by the service's migration): a split is opened with its shard count when the session
/// is handed out, and each shard is recorded done in the transaction that stores its rows. The split's row is updated
/// atomically (<c>UPDATE ... RETURNING</c>, which takes its row lock), so among replicas finishing shards at the same
/// moment exactly one sees the count of shards left reach 0 and completes the stage. A shard recorded twice (a
/// duplicated command) is counted once.
/// </summary>
public static class ShardLedger
{
    /// <summary>This process, as the Ops page names the replica that handled a shard: host name and process id.</summary>
    public static string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Opens split <paramref name="splitId"/> of <paramref name="session"/> into <paramref name="shardCount"/> shards.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tx"/> is null.</exception>
    public static Task OpenAsync(OutboxTransaction tx, Guid splitId, Guid runId, DateOnly session, int shardCount, DateTimeOffset startedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO session_splits (split_id, run_id, session_date, shard_count, shards_left, started_at)
            VALUES (@splitId, @runId, @session, @shardCount, @shardCount, @startedAt)
            """,
            new { splitId, runId, session, shardCount, startedAt }, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>
    /// Records <paramref name="result"/>'s shard done by <see cref="Instance"/>. Returns the split's totals when this was its
    /// last shard (the caller publishes the stage's completion), otherwise null.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The split is unknown (its opening was never committed).</exception>
    public static async Task<SplitCompletion?> CompleteShardAsync(OutboxTransaction tx, ShardResult result, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(result);
        var inserted = await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO session_shards (split_id, shard, instance, tickers, alerts, started_at, finished_at)
            VALUES (@SplitId, @Shard, @instance, @Tickers, @Alerts, @StartedAt, @FinishedAt)
            ON CONFLICT (split_id, shard) DO NOTHING
            """,
            new { result.SplitId, result.Shard, instance = Instance, result.Tickers, result.Alerts, result.StartedAt, result.FinishedAt },
            tx.Transaction, cancellationToken: ct));
        if (inserted == 0)
        {
            return null;
        }

        var split = await tx.Connection.QuerySingleOrDefaultAsync<SplitCompletion>(new CommandDefinition(
            """
            UPDATE session_splits
            SET shards_left = shards_left - 1, tickers = tickers + @Tickers, alerts = alerts + @Alerts,
                completed_at = CASE WHEN shards_left = 1 THEN @FinishedAt END
            WHERE split_id = @SplitId
            RETURNING shards_left AS ShardsLeft, tickers AS Tickers, alerts AS Alerts, started_at AS StartedAt
            """,
            result, tx.Transaction, cancellationToken: ct))
            ?? throw new InvalidOperationException($"Shard {result.Shard} names split {result.SplitId}, which is not open.");
        return split.ShardsLeft == 0 ? split : null;
    }
}
