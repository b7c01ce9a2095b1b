using Dapper;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Execution.Data;

/// <summary>Reads and writes the one row of <c>kill_switch</c>.</summary>
public sealed class KillSwitchStore(NpgsqlDataSource dataSource)
{
    private const string Select = "SELECT mode, trigger, reason, changed_at AS ChangedAt, changed_by AS ChangedBy FROM kill_switch WHERE id = 1";

    /// <summary>The stored switch.</summary>
    public async Task<KillSwitchRow> GetAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleAsync<KillSwitchRow>(new CommandDefinition(Select, cancellationToken: ct));
    }

    /// <summary>The stored switch locked in <paramref name="tx"/> (changes are serialised on it).</summary>
    public static Task<KillSwitchRow> LockAsync(OutboxTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx.Connection.QuerySingleAsync<KillSwitchRow>(new CommandDefinition(Select + " FOR UPDATE", transaction: tx.Transaction, cancellationToken: ct));
    }

    /// <summary>Stores the new mode.</summary>
    public static Task SaveAsync(OutboxTransaction tx, KillSwitchRow row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE kill_switch SET mode = @Mode, trigger = @Trigger, reason = @Reason, changed_at = @ChangedAt, changed_by = @ChangedBy WHERE id = 1",
            row, tx.Transaction, cancellationToken: ct));
    }
}
