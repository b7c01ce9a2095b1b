using Kapman.Metrics.Core;
using Npgsql;

namespace Kapman.Metrics.Data;

/// <summary>
/// Reads daily bars from the base layer that Ingestion owns, through its published read contract
/// <c>market_api.daily_bars_v1</c> on the <see cref="ServiceDefaults.Data.ReadContracts.MarketData"/> source, in one query per
/// call, straight from the data reader into <see cref="Bar"/> lists (volume in shares).
/// </summary>
public static class IndicatorBarReader
{
    /// <summary>
    /// Bars of every ticker with a bar on <paramref name="session"/>, from <paramref name="calendarDays"/> days
    /// before it through the session, by ticker, ascending by date.
    /// </summary>
    public static Task<Dictionary<string, List<Bar>>> RecentAsync(NpgsqlConnection connection, DateOnly session, int calendarDays, CancellationToken ct) =>
        ReadAsync(
            connection,
            """
            SELECT b.ticker, b.session_date, b.open, b.high, b.low, b.close, b.volume
            FROM market_api.daily_bars_v1 b
            WHERE b.session_date BETWEEN $1 AND $2
              AND b.ticker IN (SELECT ticker FROM market_api.daily_bars_v1 WHERE session_date = $2)
            ORDER BY b.ticker, b.session_date
            """,
            [new NpgsqlParameter { Value = session.AddDays(-calendarDays) }, new NpgsqlParameter { Value = session }],
            ct);

    /// <summary>Every stored bar up to <paramref name="session"/> of <paramref name="tickers"/>, by ticker, ascending by date.</summary>
    public static Task<Dictionary<string, List<Bar>>> HistoriesAsync(NpgsqlConnection connection, IReadOnlyCollection<string> tickers, DateOnly session, CancellationToken ct) =>
        ReadAsync(
            connection,
            """
            SELECT ticker, session_date, open, high, low, close, volume
            FROM market_api.daily_bars_v1
            WHERE ticker = ANY($1) AND session_date <= $2
            ORDER BY ticker, session_date
            """,
            [new NpgsqlParameter { Value = tickers.ToArray() }, new NpgsqlParameter { Value = session }],
            ct);

    private static async Task<Dictionary<string, List<Bar>>> ReadAsync(NpgsqlConnection connection, string sql, NpgsqlParameter[] parameters, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var histories = new Dictionary<string, List<Bar>>(StringComparer.Ordinal);
        List<Bar>? current = null;
        string? ticker = null;
        while (await reader.ReadAsync(ct))
        {
            var rowTicker = reader.GetString(0);
            if (rowTicker != ticker)
            {
                ticker = rowTicker;
                histories[ticker] = current = [];
            }

            current!.Add(new Bar(
                reader.GetFieldValue<DateOnly>(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetDouble(5), reader.GetInt64(6)));
        }

        return histories;
    }
}
