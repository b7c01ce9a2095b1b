using Dapper;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Execution.Data;

/// <summary>Appends to and reads <c>journal</c>.</summary>
public sealed class JournalStore(NpgsqlDataSource dataSource)
{
    /// <summary>Appends a line in <paramref name="tx"/>.</summary>
    public static Task AddAsync(OutboxTransaction tx, JournalRow row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO journal (at, kind, order_id, ticker, text) VALUES (@At, @Kind, @OrderId, @Ticker, @Text)", row, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>The latest <paramref name="limit"/> lines, newest first.</summary>
    public async Task<IReadOnlyList<JournalRow>> RecentAsync(int limit, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<JournalRow>(new CommandDefinition(
            "SELECT at, kind, order_id AS OrderId, ticker, text FROM journal ORDER BY at DESC, seq DESC LIMIT @limit", new { limit }, cancellationToken: ct))).ToList();
    }
}
