using Dapper;
using Kapman.Execution.Core.DailyPnl;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Execution.Data;

/// <summary>Reads and writes <c>daily_pnl_reports</c>, the sessions whose daily P&amp;L summary was published (migration 005).</summary>
public sealed class DailyPnlStore(NpgsqlDataSource dataSource)
{
    /// <summary>True when <paramref name="session"/> was reported already.</summary>
    public async Task<bool> ReportedAsync(DateOnly session, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM daily_pnl_reports WHERE session_date = @session)", new { session }, cancellationToken: ct));
    }

    /// <summary>The latest report of <paramref name="mode"/>'s book before <paramref name="session"/>, or null.</summary>
    public async Task<PreviousPnl?> PreviousAsync(DateOnly session, string mode, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<PreviousPnl>(new CommandDefinition(
            """
            SELECT session_date AS Session, total, complete FROM daily_pnl_reports
            WHERE session_date < @session AND mode = @mode ORDER BY session_date DESC LIMIT 1
            """, new { session, mode }, cancellationToken: ct));
    }

    /// <summary>Inserts <paramref name="row"/> in <paramref name="tx"/>; false when its session was reported already (nothing written).</summary>
    public static async Task<bool> ClaimAsync(OutboxTransaction tx, DailyPnlRow row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO daily_pnl_reports (session_date, mode, realized, commissions, unrealized, total, day_change, complete, marks_as_of, reported_at)
            VALUES (@SessionDate, @Mode, @Realized, @Commissions, @Unrealized, @Total, @DayChange, @Complete, @MarksAsOf, @ReportedAt)
            ON CONFLICT (session_date) DO NOTHING
            """, row, tx.Transaction, cancellationToken: ct)) == 1;
    }
}
