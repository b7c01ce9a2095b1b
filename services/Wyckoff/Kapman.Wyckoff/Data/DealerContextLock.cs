using Dapper;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Wyckoff.Data;

/// <summary>
/// A session's transaction-level advisory lock between the analysis shards and the dealer context, which arrive side by side
/// after MarketSessionIngested. Shards hold it shared (they run in parallel), the context's consumer exclusive, each before it
/// reads what the other writes: a shard that started first commits its snapshots before the context's consumer looks for them,
/// and a shard that starts later sees the committed context. Without it, both could read before either commits and the session's
/// snapshots would miss the dealer features. Released at commit or rollback.
/// </summary>
public static class DealerContextLock
{
    /// <summary>The first key of the two-key lock (the second is the session's day number), so it meets no other lock of the database.</summary>
    private const string Space = "kapman-wyckoff-dealer-context";

    /// <summary>Takes the session's lock shared in <paramref name="tx"/> (an analysis shard), waiting for an exclusive holder to finish.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tx"/> is null.</exception>
    public static Task SharedAsync(OutboxTransaction tx, DateOnly session, CancellationToken ct) =>
        TakeAsync(tx, "SELECT pg_advisory_xact_lock_shared(hashtext(@space), @day)", session, ct);

    /// <summary>Takes the session's lock exclusive in <paramref name="tx"/> (the dealer context), waiting for running shards to finish.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tx"/> is null.</exception>
    public static Task ExclusiveAsync(OutboxTransaction tx, DateOnly session, CancellationToken ct) =>
        TakeAsync(tx, "SELECT pg_advisory_xact_lock(hashtext(@space), @day)", session, ct);

    private static async Task TakeAsync(OutboxTransaction tx, string sql, DateOnly session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        await tx.Connection.ExecuteAsync(new CommandDefinition(sql, new { space = Space, day = session.DayNumber }, tx.Transaction, cancellationToken: ct));
    }
}
