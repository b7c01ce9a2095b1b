using Dapper;
using Kapman.Options.Chains;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Options.Data;

/// <summary>
/// Reads and writes <c>options.chain_coverage</c>: the per-underlying report of the latest options run of each session. A run clears
/// the session's report once (<see cref="ClearAsync"/>, when it opens), then each shard writes the rows of its underlyings
/// (<see cref="WriteAsync"/>), so the session's report is the union of its shards'.
/// </summary>
public sealed class ChainCoverageStore(NpgsqlDataSource dataSource)
{
    /// <summary>Deletes <paramref name="session"/>'s report in the stage's transaction, so that an underlying no run of it wants any more leaves no row.</summary>
    public static async Task ClearAsync(OutboxTransaction tx, DateOnly session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM chain_coverage WHERE session_date = @session", new { session }, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>
    /// Writes <paramref name="rows"/> (one shard's underlyings) into <paramref name="session"/>'s report in the stage's transaction,
    /// replacing any row of the same underlying (a shard done twice).
    /// </summary>
    public static async Task WriteAsync(OutboxTransaction tx, DateOnly session, IReadOnlyList<ChainCoverageRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(rows);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO chain_coverage (session_date, underlying, wanted_by, status, source, contracts, reason)
            VALUES (@session, @Underlying, @WantedBy, @Status, @Source, @Contracts, @Reason)
            ON CONFLICT (session_date, underlying) DO UPDATE
            SET wanted_by = EXCLUDED.wanted_by, status = EXCLUDED.status, source = EXCLUDED.source, contracts = EXCLUDED.contracts, reason = EXCLUDED.reason
            """,
            rows.Select(r => new { session, r.Underlying, WantedBy = r.WantedBy.ToArray(), r.Status, r.Source, r.Contracts, r.Reason }),
            tx.Transaction, cancellationToken: ct));
    }

    /// <summary><paramref name="session"/>'s report in ticker order, read in the stage's transaction (the last shard completing the stage).</summary>
    public static Task<IReadOnlyList<ChainCoverageRow>> ForSessionAsync(OutboxTransaction tx, DateOnly session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return ReadAsync(tx.Connection, tx.Transaction, session, ct);
    }

    /// <summary><paramref name="session"/>'s report in ticker order; empty when the session had no options run.</summary>
    public async Task<IReadOnlyList<ChainCoverageRow>> ForSessionAsync(DateOnly session, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await ReadAsync(connection, null, session, ct);
    }

    private static async Task<IReadOnlyList<ChainCoverageRow>> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, DateOnly session, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<(string Underlying, string[] WantedBy, string Status, string? Source, int Contracts, string? Reason)>(new CommandDefinition(
            "SELECT underlying, wanted_by, status, source, contracts, reason FROM chain_coverage WHERE session_date = @session ORDER BY underlying",
            new { session }, transaction, cancellationToken: ct));
        return [.. rows.Select(r => new ChainCoverageRow(r.Underlying, r.WantedBy, r.Status, r.Source, r.Contracts, r.Reason))];
    }
}
