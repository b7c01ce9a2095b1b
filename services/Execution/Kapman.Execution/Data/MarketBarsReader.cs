using Dapper;
using Npgsql;

namespace Kapman.Execution.Data;

/// <summary>
/// Reads daily closes through Ingestion's published read contract <c>market_api.daily_bars_v1</c> (docs/domain/data-contracts.md#market_api-views),
/// on its own data source (<see cref="ServiceDefaults.Data.ReadContracts.MarketData"/>), never an internal table.
/// </summary>
public sealed class MarketBarsReader(NpgsqlDataSource marketData)
{
    /// <summary>The last <paramref name="sessions"/> stored closes on or before <paramref name="asOf"/> of each of <paramref name="tickers"/>, $ per share, oldest first.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<(DateOnly Session, double Close)>>> ClosesAsync(
        IReadOnlyCollection<string> tickers, DateOnly asOf, int sessions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        if (tickers.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<(DateOnly, double)>>(StringComparer.Ordinal);
        }

        await using var connection = await marketData.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(string Ticker, DateOnly Session, double Close)>(new CommandDefinition(
            """
            SELECT ticker, session_date, close FROM (
                SELECT ticker, session_date, close, row_number() OVER (PARTITION BY ticker ORDER BY session_date DESC) AS n
                FROM market_api.daily_bars_v1
                WHERE ticker = ANY(@tickers) AND session_date <= @asOf AND close > 0
            ) recent
            WHERE n <= @sessions
            ORDER BY ticker, session_date
            """, new { tickers = tickers.ToArray(), asOf, sessions }, cancellationToken: ct));
        return rows.GroupBy(r => r.Ticker, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(DateOnly, double)>)[.. g.Select(r => (r.Session, r.Close))], StringComparer.Ordinal);
    }
}
