using Kapman.Metrics.Core;
using Npgsql;
using NpgsqlTypes;

namespace Kapman.Metrics.Data;

/// <summary>
/// <c>metrics.indicator_state</c>: the surface's saved state per (ticker, session) for the current
/// <see cref="DailyIndicatorCalculator.ModelVersion"/>, kept for <see cref="RetentionDays"/> calendar days.
/// </summary>
public static class IndicatorStateStore
{
    /// <summary>Calendar days of states kept, and looked back for yesterday's state.</summary>
    public const int RetentionDays = 14;

    /// <summary>
    /// The latest state of the current model version before <paramref name="session"/> and at most
    /// <see cref="RetentionDays"/> days older, of each of <paramref name="tickers"/> that has one.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="tickers"/> is null.</exception>
    public static async Task<Dictionary<string, byte[]>> PreviousAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, DateOnly session, IReadOnlyCollection<string> tickers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        await using var command = new NpgsqlCommand(
            """
            SELECT DISTINCT ON (ticker) ticker, state
            FROM indicator_state
            WHERE session_date < $1 AND session_date >= $2 AND model_version = $3 AND ticker = ANY($4)
            ORDER BY ticker, session_date DESC
            """,
            connection,
            transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = session });
        command.Parameters.Add(new NpgsqlParameter { Value = session.AddDays(-RetentionDays) });
        command.Parameters.Add(new NpgsqlParameter { Value = DailyIndicatorCalculator.ModelVersion });
        command.Parameters.Add(new NpgsqlParameter { Value = tickers.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var states = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            states[reader.GetString(0)] = reader.GetFieldValue<byte[]>(1);
        }

        return states;
    }

    /// <summary>
    /// Stores the states after <paramref name="session"/>: deletes the session's previous states of
    /// <paramref name="tickers"/> (a rerun of the shard replaces them; other shards' states stay) and binary-COPYs the new ones
    /// straight into the table.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task SaveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DateOnly session, IReadOnlyCollection<string> tickers,
        IReadOnlyList<(string Ticker, byte[] State)> states, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        ArgumentNullException.ThrowIfNull(states);
        await using (var delete = new NpgsqlCommand("DELETE FROM indicator_state WHERE session_date = $1 AND ticker = ANY($2)", connection, transaction))
        {
            delete.Parameters.Add(new NpgsqlParameter { Value = session });
            delete.Parameters.Add(new NpgsqlParameter { Value = tickers.ToArray() });
            await delete.ExecuteNonQueryAsync(ct);
        }

        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY indicator_state (ticker, session_date, model_version, state) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (ticker, state) in states)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(ticker, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(session, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(DailyIndicatorCalculator.ModelVersion, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(state, NpgsqlDbType.Bytea, ct);
        }

        await copy.CompleteAsync(ct);
    }

    /// <summary>
    /// Deletes states older than <see cref="RetentionDays"/> before <paramref name="session"/>. Done once per session, by
    /// whoever hands out its shards, so that shards running side by side never delete the same rows.
    /// </summary>
    public static async Task PruneAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DateOnly session, CancellationToken ct)
    {
        await using var delete = new NpgsqlCommand("DELETE FROM indicator_state WHERE session_date < $1", connection, transaction);
        delete.Parameters.Add(new NpgsqlParameter { Value = session.AddDays(-RetentionDays) });
        await delete.ExecuteNonQueryAsync(ct);
    }
}
