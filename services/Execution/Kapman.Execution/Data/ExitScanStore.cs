using Dapper;
using Kapman.Execution.Core.Exits;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Execution.Data;

/// <summary>Reads and writes the exit monitor's <c>exit_scans</c> (the state carried between scans) and <c>exit_decisions</c>.</summary>
public sealed class ExitScanStore(NpgsqlDataSource dataSource)
{
    /// <summary>The stored scan state of every group that was scanned.</summary>
    public async Task<IReadOnlyDictionary<string, ExitScanState>> AllAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(string GroupId, int Stop, int Target, decimal? LastMark)>(new CommandDefinition(
            "SELECT group_id, consecutive_stop_scans, consecutive_target_scans, last_mark FROM exit_scans", cancellationToken: ct));
        return rows.ToDictionary(r => r.GroupId, r => new ExitScanState(r.Stop, r.Target, r.LastMark), StringComparer.Ordinal);
    }

    /// <summary>Stores <paramref name="state"/> as the state of <paramref name="groupId"/> after the scan at <paramref name="at"/>.</summary>
    public static Task SaveAsync(OutboxTransaction tx, string groupId, ExitScanState state, DateTime at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(state);
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO exit_scans (group_id, consecutive_stop_scans, consecutive_target_scans, last_mark, scanned_at)
            VALUES (@groupId, @ConsecutiveStopScans, @ConsecutiveTargetScans, @LastMark, @at)
            ON CONFLICT (group_id) DO UPDATE
            SET consecutive_stop_scans = EXCLUDED.consecutive_stop_scans, consecutive_target_scans = EXCLUDED.consecutive_target_scans,
                last_mark = EXCLUDED.last_mark, scanned_at = EXCLUDED.scanned_at
            """, new { groupId, state.ConsecutiveStopScans, state.ConsecutiveTargetScans, state.LastMark, at }, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>Appends a decision in <paramref name="tx"/>.</summary>
    public static Task AddDecisionAsync(OutboxTransaction tx, ExitDecisionRow row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO exit_decisions (group_id, at, action, reason, mark, pnl_per_share, detail, order_id)
            VALUES (@GroupId, @At, @Action, @Reason, @Mark, @PnlPerShare, @Detail, @OrderId)
            """, row, tx.Transaction, cancellationToken: ct));
    }
}
