using Dapper;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Execution.Data;

/// <summary>Reads and writes <c>approvals</c>.</summary>
public sealed class ApprovalStore(NpgsqlDataSource dataSource)
{
    private const string Columns =
        """
        recommendation_id AS RecommendationId, run_id AS RunId, session_date AS SessionDate, ticker, strategy, legs::text AS Legs,
        limit_price AS LimitPrice, contracts, expiration, dte, status, order_id AS OrderId, received_at AS ReceivedAt
        """;

    /// <summary>Stores a received recommendation; false when it is already known (a redelivery or a rerun of the same id).</summary>
    public static async Task<bool> InsertAsync(OutboxTransaction tx, ApprovalRow row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO approvals (recommendation_id, run_id, session_date, ticker, strategy, legs, limit_price, contracts, expiration, dte, received_at)
            VALUES (@RecommendationId, @RunId, @SessionDate, @Ticker, @Strategy, CAST(@Legs AS jsonb), @LimitPrice, @Contracts, @Expiration, @Dte, @ReceivedAt)
            ON CONFLICT (recommendation_id) DO NOTHING
            """, row, tx.Transaction, cancellationToken: ct)) == 1;
    }

    /// <summary>The approval locked in <paramref name="tx"/>, or null.</summary>
    public static Task<ApprovalRow?> LockAsync(OutboxTransaction tx, Guid recommendationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx.Connection.QuerySingleOrDefaultAsync<ApprovalRow>(new CommandDefinition(
            "SELECT " + Columns + " FROM approvals WHERE recommendation_id = @recommendationId FOR UPDATE", new { recommendationId }, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>Marks the approval APPROVED with its order.</summary>
    public static Task ApproveAsync(OutboxTransaction tx, Guid recommendationId, Guid orderId, DateTime at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE approvals SET status = 'APPROVED', order_id = @orderId, decided_at = @at WHERE recommendation_id = @recommendationId",
            new { recommendationId, orderId, at }, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>The latest <paramref name="limit"/> approvals, newest first.</summary>
    public async Task<IReadOnlyList<ApprovalRow>> RecentAsync(int limit, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<ApprovalRow>(new CommandDefinition(
            "SELECT " + Columns + " FROM approvals ORDER BY received_at DESC, recommendation_id LIMIT @limit", new { limit }, cancellationToken: ct))).ToList();
    }
}
