using Kapman.Ingestion.Core;
using Npgsql;
using NpgsqlTypes;

namespace Kapman.Ingestion.Data;

/// <summary>
/// Stores sessions that may already have rows (a forced reload, new tickers added to a loaded range) at about the rate of a first
/// load: it reads the sessions' stored rows, binary-COPYs the new ones straight into <c>daily_bars</c> in key order as a first load
/// does, and updates only the rows whose values changed. The upsert through a temporary table (<see cref="BarStore.UpsertAsync(NpgsqlConnection,
/// NpgsqlTransaction, IReadOnlyList{SessionFileParseResult}, CancellationToken)"/>) took about twice a first load's time for the same
/// rows (growth bench, <c>--partly</c>): every row went through a second table and a speculative insert.
/// </summary>
internal static class BarMerge
{
    private const string Savepoint = "bar_merge";

    /// <summary>
    /// Stores the bars of <paramref name="sessions"/> whatever is stored already: reruns add nothing and touch no unchanged row,
    /// changed rows are updated (and their <c>loaded_at</c> set). Returns, per session, the rows that were new. When rows of a
    /// session appear between the read and the COPY (another load of the same session), the merge is undone to a savepoint and
    /// the sessions are upserted instead, which cannot collide.
    /// </summary>
    /// <param name="connection">The connection of <paramref name="tx"/>.</param>
    /// <param name="tx">The unit of work the rows are written in.</param>
    /// <param name="sessions">The sessions' validated rows (one bar per ticker and session).</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<IReadOnlyDictionary<DateOnly, int>> MergeAsync(NpgsqlConnection connection, NpgsqlTransaction tx,
        IReadOnlyList<SessionFileParseResult> sessions, CancellationToken ct)
    {
        await tx.SaveAsync(Savepoint, ct);
        try
        {
            var stored = await StoredAsync(connection, tx, [.. sessions.Select(s => s.SessionDate)], ct);
            var fresh = new List<DailyBar>();
            var changed = new List<DailyBar>();
            foreach (var bar in KeyOrder.Merge([.. sessions.Select(s => s.Bars)]))
            {
                if (!stored.TryGetValue((bar.Ticker, bar.SessionDate), out var old))
                {
                    fresh.Add(bar);
                }
                else if (old != bar)
                {
                    changed.Add(bar);
                }
            }

            if (fresh.Count > 0)
            {
                await BarStore.CopyAsync(connection, "daily_bars", fresh, ct);
            }

            if (changed.Count > 0)
            {
                await UpdateAsync(connection, tx, changed, ct);
            }

            await tx.ReleaseAsync(Savepoint, ct);
            var inserted = fresh.CountBy(b => b.SessionDate).ToDictionary();
            return sessions.ToDictionary(s => s.SessionDate, s => inserted.GetValueOrDefault(s.SessionDate));
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await tx.RollbackAsync(Savepoint, ct);
            return await BarStore.UpsertAsync(connection, tx, sessions, ct);
        }
    }

    /// <summary>The stored bars of <paramref name="days"/> by (ticker, session); the list of days prunes the scan to their month partitions.</summary>
    private static async Task<Dictionary<(string, DateOnly), DailyBar>> StoredAsync(NpgsqlConnection connection, NpgsqlTransaction tx, DateOnly[] days,
        CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT ticker, session_date, open, high, low, close, volume, transactions FROM daily_bars WHERE session_date = ANY(@days)", connection, tx);
        command.Parameters.AddWithValue("days", days);
        var stored = new Dictionary<(string, DateOnly), DailyBar>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var bar = new DailyBar(reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4),
                reader.GetDouble(5), reader.GetInt64(6), reader.IsDBNull(7) ? null : reader.GetInt64(7));
            stored[(bar.Ticker, bar.SessionDate)] = bar;
        }

        return stored;
    }

    private static async Task UpdateAsync(NpgsqlConnection connection, NpgsqlTransaction tx, List<DailyBar> bars, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE daily_bars d
            SET open = u.o, high = u.h, low = u.l, close = u.c, volume = u.v, transactions = u.n, loaded_at = now()
            FROM unnest(@tickers, @sessions, @opens, @highs, @lows, @closes, @volumes, @transactions) AS u(t, s, o, h, l, c, v, n)
            WHERE d.ticker = u.t AND d.session_date = u.s
            """, connection, tx);
        command.Parameters.AddWithValue("tickers", bars.Select(b => b.Ticker).ToArray());
        command.Parameters.AddWithValue("sessions", bars.Select(b => b.SessionDate).ToArray());
        command.Parameters.AddWithValue("opens", bars.Select(b => b.Open).ToArray());
        command.Parameters.AddWithValue("highs", bars.Select(b => b.High).ToArray());
        command.Parameters.AddWithValue("lows", bars.Select(b => b.Low).ToArray());
        command.Parameters.AddWithValue("closes", bars.Select(b => b.Close).ToArray());
        command.Parameters.AddWithValue("volumes", bars.Select(b => b.Volume).ToArray());
        command.Parameters.Add(new NpgsqlParameter("transactions", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = bars.Select(b => b.Transactions).ToArray() });
        await command.ExecuteNonQueryAsync(ct);
    }
}
