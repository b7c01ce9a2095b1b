using Dapper;
using Npgsql;

namespace Kapman.Options.Data;

/// <summary>
/// The latest closes of the underlyings, through Ingestion's read contract <c>market_api.daily_bars_v1</c> on the
/// <see cref="ServiceDefaults.Data.ReadContracts.MarketData"/> source. The bars of a session are committed before
/// <c>MarketSessionIngested</c> announces it, so they are complete when the options stage reads them.
/// </summary>
public sealed class RecentClosesReader(NpgsqlDataSource marketData)
{
    /// <summary>
    /// For each of <paramref name="tickers"/> with a bar on <paramref name="session"/>: its last <paramref name="count"/>
    /// stored closes up to the session, ascending by date ($ per share). Tickers without a bar on the session are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, double[]>> ClosesAsync(IReadOnlyCollection<string> tickers, DateOnly session, int count, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tickers);
        await using var connection = await marketData.OpenConnectionAsync(ct);
        // One index range scan per ticker (the bars' key is (ticker, session_date)).
        var rows = await connection.QueryAsync<(string Ticker, DateOnly Date, double Close)>(new CommandDefinition(
            """
            SELECT t.ticker, b.session_date, b.close
            FROM unnest(@tickers) AS t(ticker)
            CROSS JOIN LATERAL (
                SELECT v.session_date, v.close FROM market_api.daily_bars_v1 v
                WHERE v.ticker = t.ticker AND v.session_date <= @session
                ORDER BY v.session_date DESC LIMIT @count) b
            ORDER BY t.ticker, b.session_date
            """, new { tickers = tickers.Distinct().ToArray(), session, count }, cancellationToken: ct));
        return rows.GroupBy(r => r.Ticker, StringComparer.Ordinal)
            .Where(g => g.Last().Date == session)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Close).ToArray(), StringComparer.Ordinal);
    }
}
