using Dapper;
using Npgsql;

namespace Kapman.ServiceDefaults.MarketData;

/// <summary>
/// Read access for the analytics services to the base layer that Ingestion owns, through its published read contract
/// <c>market_api.daily_bars_v1</c>: histories of every ticker that traded in a session. <paramref name="dataSource"/> is the
/// <see cref="Data.ReadContracts.MarketData"/> source (the owner's database).
/// </summary>
public sealed class MarketBarReader(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Bars of every ticker with a bar on <paramref name="session"/>, from <paramref name="lookbackCalendarDays"/>
    /// days before it through the session, grouped by ticker and ascending by date.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, List<MarketBar>>> HistoriesAsync(DateOnly session, int lookbackCalendarDays, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<MarketBar>(new CommandDefinition(
            """
            SELECT b.ticker, b.session_date AS SessionDate, b.open, b.high, b.low, b.close, b.volume
            FROM market_api.daily_bars_v1 b
            WHERE b.session_date BETWEEN @from AND @session
              AND b.ticker IN (SELECT ticker FROM market_api.daily_bars_v1 WHERE session_date = @session)
            ORDER BY b.ticker, b.session_date
            """,
            new { session, from = session.AddDays(-lookbackCalendarDays) }, cancellationToken: ct));
        var histories = new Dictionary<string, List<MarketBar>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!histories.TryGetValue(row.Ticker, out var list))
            {
                histories[row.Ticker] = list = [];
            }

            list.Add(row);
        }

        return histories;
    }

    /// <summary>The latest session with bars on or before <paramref name="onOrBefore"/>, or null when none is stored.</summary>
    public async Task<DateOnly?> LatestSessionAsync(DateOnly onOrBefore, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<DateOnly?>(new CommandDefinition(
            "SELECT max(session_date) FROM market_api.daily_bars_v1 WHERE session_date <= @onOrBefore", new { onOrBefore }, cancellationToken: ct));
    }
}
