using Dapper;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Options.Data;

/// <summary>
/// Retention of stored contracts (issue 6 §2): <c>contracts</c> is partitioned by calendar month of <c>as_of</c>
/// (migration 003, partitions <c>contracts_pYYYYMM</c>). After each load, for a retention of D days and the
/// loaded session date S, every row with <c>as_of</c> &lt; S − D is removed: first every partition lying wholly
/// before S − D is dropped, then the rows before S − D in the one partition that straddles it are deleted.
/// The reference is the loaded session, not the clock, so replaying old sessions never removes newer ones.
/// </summary>
public static class ContractRetention
{
    /// <summary>Default retention in calendar days (configuration <c>Kapman:Options:ContractRetentionDays</c>).</summary>
    public const int DefaultDays = 90;

    /// <summary>
    /// Takes the transaction-scoped advisory lock that serialises the options stage's writes to <c>contracts</c>, so that
    /// partition DDL (create on write, drop on retention) of two runs cannot deadlock. Call it before any write.
    /// </summary>
    public static async Task LockAsync(OutboxTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(hashtext(@key))", new { key = "kapman-options-contracts" }, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>
    /// Removes the contracts older than <paramref name="days"/> calendar days before the earlier of <paramref name="session"/>
    /// and <paramref name="today"/>, so that a session dated in the future (a mis-dated file) cannot wipe the history.
    /// </summary>
    /// <param name="tx">The stage's transaction.</param>
    /// <param name="session">The session just loaded.</param>
    /// <param name="today">Today's market date (New York), from the caller's clock.</param>
    /// <param name="days">Retention in calendar days, ≥ 1; rows with as_of on or after min(session, today) − days are kept.</param>
    /// <returns>The partitions dropped and the rows deleted from the edge partition.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is below 1.</exception>
    public static async Task<(int PartitionsDropped, int RowsDeleted)> ApplyAsync(OutboxTransaction tx, DateOnly session, DateOnly today, int days, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var cutoff = (session < today ? session : today).AddDays(-days);
        var dropped = await tx.Connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT drop_contracts_partitions_before(@cutoff)", new { cutoff }, tx.Transaction, cancellationToken: ct));
        var deleted = await tx.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM contracts WHERE as_of < @cutoff", new { cutoff }, tx.Transaction, cancellationToken: ct));
        return (dropped, deleted);
    }
}
