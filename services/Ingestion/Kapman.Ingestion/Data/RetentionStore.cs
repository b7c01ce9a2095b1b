using Dapper;
using Kapman.MarketData.Calendar;
using Npgsql;

namespace Kapman.Ingestion.Data;

/// <summary>Rolling retention of <c>daily_bars</c>: keeps the latest N NYSE sessions up to today.</summary>
public static class RetentionStore
{
    /// <summary>
    /// Keeps the <paramref name="sessions"/> NYSE sessions ending at the earlier of the newest stored one and
    /// <paramref name="today"/>: drops the month partitions wholly before the first kept session, then deletes older rows in
    /// the edge partition. Nothing happens when <paramref name="sessions"/> is 0 or less (retention off) or the table is empty.
    /// </summary>
    /// <param name="today">Today's New York date from the caller's clock: a bar dated after it (a mis-dated file) cannot move the window.</param>
    public static async Task<RetentionResult> ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction tx, int sessions, DateOnly today, CancellationToken ct)
    {
        if (sessions <= 0)
        {
            return new RetentionResult(null, 0, 0);
        }

        // Every write of bars raises tickers.last_session in the same transaction, and retention only removes old rows, so
        // this is max(session_date) of daily_bars without scanning every partition (daily_bars has no index by session).
        var latest = await connection.ExecuteScalarAsync<DateOnly?>(new CommandDefinition("SELECT max(last_session) FROM tickers", transaction: tx, cancellationToken: ct));
        if (latest is not { } newest)
        {
            return new RetentionResult(null, 0, 0);
        }

        var reference = newest < today ? newest : today;
        var cutoff = NyseCalendar.IsSession(reference) ? reference : NyseCalendar.PreviousSession(reference);
        for (var i = 1; i < sessions && cutoff.Year > NyseCalendar.FirstYear; i++)
        {
            cutoff = NyseCalendar.PreviousSession(cutoff);
        }

        var (dropped, deleted) = await connection.QuerySingleAsync<(int, long)>(new CommandDefinition(
            "SELECT dropped_partitions, deleted_rows FROM apply_daily_bars_retention(@cutoff)", new { cutoff }, tx, cancellationToken: ct));
        return new RetentionResult(cutoff, dropped, deleted);
    }
}
