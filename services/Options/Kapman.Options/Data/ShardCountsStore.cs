using Dapper;
using Kapman.Options.Application;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Options.Data;

/// <summary>
/// The options stage's counts beside the shard books (<c>session_shards</c>, migration 007): each shard records its own in its
/// transaction, and the last shard of a split sums them into the stage's outcome.
/// </summary>
public static class ShardCountsStore
{
    /// <summary>Records <paramref name="counts"/> on the row of shard <paramref name="shard"/> of <paramref name="splitId"/>, which the caller has written (<c>ShardLedger.CompleteShardAsync</c>).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task RecordAsync(OutboxTransaction tx, Guid splitId, int shard, ChainCounts counts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(counts);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE session_shards
            SET contracts = @Contracts, skipped_contracts = @SkippedContracts, duplicate_symbols = @DuplicateSymbols, model_errors = @ModelErrors
            WHERE split_id = @splitId AND shard = @shard
            """,
            new { splitId, shard, counts.Contracts, counts.SkippedContracts, counts.DuplicateSymbols, counts.ModelErrors }, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>The counts of every shard of <paramref name="splitId"/> recorded so far (all of them once the split is complete), summed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tx"/> is null.</exception>
    public static Task<ChainCounts> TotalsAsync(OutboxTransaction tx, Guid splitId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx.Connection.QuerySingleAsync<ChainCounts>(new CommandDefinition(
            """
            SELECT coalesce(sum(tickers), 0)::int AS Underlyings, coalesce(sum(contracts), 0)::int AS Contracts,
                   coalesce(sum(skipped_contracts), 0)::int AS SkippedContracts, coalesce(sum(duplicate_symbols), 0)::int AS DuplicateSymbols,
                   coalesce(sum(model_errors), 0)::int AS ModelErrors
            FROM session_shards WHERE split_id = @splitId
            """,
            new { splitId }, tx.Transaction, cancellationToken: ct));
    }
}
