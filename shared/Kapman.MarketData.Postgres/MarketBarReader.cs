using Npgsql;

namespace Kapman.MarketData.Postgres;

/// <summary>
/// The one reader of the base market-data layer that Ingestion owns, through its published read contract
/// <c>market_api.daily_bars_v1</c> (Ingestion's README), straight from the data reader into <see cref="Bar"/>s (prices
/// $ per share, volume in shares). The instance methods open a connection on <paramref name="dataSource"/>, the
/// <c>ServiceDefaults.Data.ReadContracts.MarketData</c> source (the owner's database); the static ones run on a
/// connection the caller already holds open on that source.
/// </summary>
public sealed class MarketBarReader(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Bars of every ticker with a bar on <paramref name="session"/>, from <paramref name="lookbackCalendarDays"/>
    /// days before it through the session, by ticker, ascending by date.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, List<Bar>>> HistoriesAsync(DateOnly session, int lookbackCalendarDays, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await RecentAsync(connection, session, lookbackCalendarDays, ct);
    }

    /// <summary>
    /// <see cref="HistoriesAsync(DateOnly, int, CancellationToken)"/> for only the tickers of the session that
    /// <paramref name="include"/> accepts (a ticker shard): the session's tickers are listed first, so only the chosen
    /// tickers' bars are read.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="include"/> is null.</exception>
    public async Task<IReadOnlyDictionary<string, List<Bar>>> HistoriesAsync(DateOnly session, int lookbackCalendarDays, Predicate<string> include, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(include);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var tickers = (await SessionTickersAsync(connection, session, ct)).Where(t => include(t)).ToArray();
        return await RecentAsync(connection, session, lookbackCalendarDays, tickers, ct);
    }

    /// <summary>The latest session with bars on or before <paramref name="onOrBefore"/>, or null when none is stored.</summary>
    public async Task<DateOnly?> LatestSessionAsync(DateOnly onOrBefore, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand("SELECT max(session_date) FROM market_api.daily_bars_v1 WHERE session_date <= $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = onOrBefore });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) && !reader.IsDBNull(0) ? reader.GetFieldValue<DateOnly>(0) : null;
    }

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

    /// <summary>
    /// <see cref="RecentAsync(NpgsqlConnection, DateOnly, int, CancellationToken)"/> restricted to <paramref name="tickers"/>
    /// (those without a bar on the session are left out as there).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="tickers"/> is null.</exception>
    public static Task<Dictionary<string, List<Bar>>> RecentAsync(
        NpgsqlConnection connection, DateOnly session, int calendarDays, IReadOnlyCollection<string> tickers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        return ReadAsync(
            connection,
            """
            SELECT b.ticker, b.session_date, b.open, b.high, b.low, b.close, b.volume
            FROM market_api.daily_bars_v1 b
            WHERE b.session_date BETWEEN $1 AND $2 AND b.ticker = ANY($3)
              AND b.ticker IN (SELECT ticker FROM market_api.daily_bars_v1 WHERE session_date = $2 AND ticker = ANY($3))
            ORDER BY b.ticker, b.session_date
            """,
            [new NpgsqlParameter { Value = session.AddDays(-calendarDays) }, new NpgsqlParameter { Value = session }, new NpgsqlParameter { Value = tickers.ToArray() }],
            ct);
    }

    /// <summary>Every ticker with a bar on <paramref name="session"/>, in ordinal order.</summary>
    public static async Task<IReadOnlyList<string>> SessionTickersAsync(NpgsqlConnection connection, DateOnly session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand("SELECT ticker FROM market_api.daily_bars_v1 WHERE session_date = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = session });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var tickers = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            tickers.Add(reader.GetString(0));
        }

        tickers.Sort(StringComparer.Ordinal);
        return tickers;
    }

    /// <summary>Every stored bar up to <paramref name="session"/> of <paramref name="tickers"/>, by ticker, ascending by date.</summary>
    public static Task<Dictionary<string, List<Bar>>> HistoriesAsync(NpgsqlConnection connection, IReadOnlyCollection<string> tickers, DateOnly session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        return ReadAsync(
            connection,
            """
            SELECT ticker, session_date, open, high, low, close, volume
            FROM market_api.daily_bars_v1
            WHERE ticker = ANY($1) AND session_date <= $2
            ORDER BY ticker, session_date
            """,
            [new NpgsqlParameter { Value = tickers.ToArray() }, new NpgsqlParameter { Value = session }],
            ct);
    }

    /// <summary>Every ticker with at least one bar from <paramref name="from"/> through <paramref name="to"/>, in ordinal order.</summary>
    public static async Task<IReadOnlyList<string>> TickersAsync(NpgsqlConnection connection, DateOnly from, DateOnly to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand(
            "SELECT DISTINCT ticker FROM market_api.daily_bars_v1 WHERE session_date BETWEEN $1 AND $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = from });
        command.Parameters.Add(new NpgsqlParameter { Value = to });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var tickers = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            tickers.Add(reader.GetString(0));
        }

        tickers.Sort(StringComparer.Ordinal);
        return tickers;
    }

    /// <summary>
    /// Every stored bar of every ticker from <paramref name="from"/> through <paramref name="to"/>, by ticker, ascending by
    /// date (the input of a bulk history computation over a window).
    /// </summary>
    public static Task<Dictionary<string, List<Bar>>> RangeAsync(NpgsqlConnection connection, DateOnly from, DateOnly to, CancellationToken ct) =>
        ReadAsync(
            connection,
            """
            SELECT ticker, session_date, open, high, low, close, volume
            FROM market_api.daily_bars_v1
            WHERE session_date BETWEEN $1 AND $2
            ORDER BY ticker, session_date
            """,
            [new NpgsqlParameter { Value = from }, new NpgsqlParameter { Value = to }],
            ct);

    /// <summary>The bars of <paramref name="ticker"/> after <paramref name="session"/> through <paramref name="asOf"/> (inclusive), oldest first.</summary>
    public static async Task<IReadOnlyList<Bar>> BarsAfterAsync(NpgsqlConnection connection, string ticker, DateOnly session, DateOnly asOf, CancellationToken ct)
    {
        var bars = await ReadAsync(
            connection,
            """
            SELECT ticker, session_date, open, high, low, close, volume FROM market_api.daily_bars_v1
            WHERE ticker = $1 AND session_date > $2 AND session_date <= $3 ORDER BY session_date
            """,
            [new NpgsqlParameter { Value = ticker }, new NpgsqlParameter { Value = session }, new NpgsqlParameter { Value = asOf }],
            ct);
        return bars.TryGetValue(ticker, out var list) ? list : [];
    }

    private static async Task<Dictionary<string, List<Bar>>> ReadAsync(NpgsqlConnection connection, string sql, NpgsqlParameter[] parameters, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
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
