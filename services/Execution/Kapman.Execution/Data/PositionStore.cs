using Dapper;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Execution.Data;

/// <summary>Reads and writes the position book, <c>positions</c>.</summary>
public sealed class PositionStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        """
        group_id AS GroupId, occ_symbol AS OccSymbol, ticker, strategy, net_contracts AS NetContracts, average_price AS AveragePrice,
        realized_pnl AS RealizedPnl, commissions, simulated, opened_at AS OpenedAt, updated_at AS UpdatedAt
        """;

    /// <summary>The holding of (<paramref name="groupId"/>, <paramref name="occSymbol"/>) locked in <paramref name="tx"/>, or null.</summary>
    public static async Task<PositionRow?> LockAsync(OutboxTransaction tx, string groupId, string occSymbol, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return await tx.Connection.QuerySingleOrDefaultAsync<PositionRow>(new CommandDefinition(
            "SELECT " + Columns + " FROM positions WHERE group_id = @groupId AND occ_symbol = @occSymbol FOR UPDATE",
            new { groupId, occSymbol }, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>Inserts or replaces a holding.</summary>
    public static Task UpsertAsync(OutboxTransaction tx, PositionRow row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO positions (group_id, occ_symbol, ticker, strategy, net_contracts, average_price, realized_pnl, commissions, simulated, opened_at, updated_at)
            VALUES (@GroupId, @OccSymbol, @Ticker, @Strategy, @NetContracts, @AveragePrice, @RealizedPnl, @Commissions, @Simulated, @OpenedAt, @UpdatedAt)
            ON CONFLICT (group_id, occ_symbol) DO UPDATE
            SET net_contracts = EXCLUDED.net_contracts, average_price = EXCLUDED.average_price, realized_pnl = EXCLUDED.realized_pnl,
                commissions = EXCLUDED.commissions, updated_at = EXCLUDED.updated_at
            """, row, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>Every holding, flat ones included, by group and symbol.</summary>
    public async Task<IReadOnlyList<PositionRow>> AllAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<PositionRow>(new CommandDefinition(
            "SELECT " + Columns + " FROM positions ORDER BY opened_at, group_id, occ_symbol", cancellationToken: ct))).ToList();
    }

    /// <summary>A value that changes whenever a holding is written: the count of holdings and the latest update, as text.</summary>
    public async Task<string> FingerprintAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var (count, latest) = await connection.QuerySingleAsync<(long Count, DateTime? Latest)>(new CommandDefinition(
            "SELECT count(*), max(updated_at) FROM positions", cancellationToken: ct));
        return FormattableString.Invariant($"{count}:{latest:O}");
    }
}
