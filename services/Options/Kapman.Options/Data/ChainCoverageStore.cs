using Dapper;
using Kapman.Options.Chains;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Options.Data;

/// <summary>Reads and writes <c>options.chain_coverage</c>: the per-underlying report of the latest options run of each session.</summary>
public sealed class ChainCoverageStore(NpgsqlDataSource dataSource)
{
    /// <summary>Replaces <paramref name="session"/>'s report with <paramref name="rows"/> in the stage's transaction.</summary>
    public static async Task ReplaceAsync(OutboxTransaction tx, DateOnly session, IReadOnlyList<ChainCoverageRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM chain_coverage WHERE session_date = @session", new { session }, tx.Transaction, cancellationToken: ct));
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO chain_coverage (session_date, underlying, wanted_by, status, source, contracts, reason)
            VALUES (@session, @Underlying, @WantedBy, @Status, @Source, @Contracts, @Reason)
            """,
            rows.Select(r => new { session, r.Underlying, WantedBy = r.WantedBy.ToArray(), r.Status, r.Source, r.Contracts, r.Reason }),
            tx.Transaction, cancellationToken: ct));
    }

    /// <summary><paramref name="session"/>'s report in ticker order; empty when the session had no options run.</summary>
    public async Task<IReadOnlyList<ChainCoverageRow>> ForSessionAsync(DateOnly session, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(string Underlying, string[] WantedBy, string Status, string? Source, int Contracts, string? Reason)>(new CommandDefinition(
            "SELECT underlying, wanted_by, status, source, contracts, reason FROM chain_coverage WHERE session_date = @session ORDER BY underlying",
            new { session }, cancellationToken: ct));
        return [.. rows.Select(r => new ChainCoverageRow(r.Underlying, r.WantedBy, r.Status, r.Source, r.Contracts, r.Reason))];
    }
}
