using Dapper;
using Kapman.MarketData;
using Kapman.Recommendation.Decision.Chain;
using Npgsql;

namespace Kapman.Recommendation.Data;

/// <summary>
/// Reads what the decision core decides from, through the owners' published read contracts: the stored chain with volume and IV
/// (<c>options_api.contracts_v2</c>), its spot (<c>options_api.dealer_metrics_v1</c>) and the underlying's daily bars
/// (<c>market_api.daily_bars_v1</c>). Outside any transaction, as <see cref="RecommendationInputs"/>.
/// </summary>
/// <param name="marketData">Ingestion's read contract source.</param>
/// <param name="options">The Options service's read contract source.</param>
public sealed class DecisionInputsReader(NpgsqlDataSource marketData, NpgsqlDataSource options)
{
    /// <summary>
    /// The stored chain of <paramref name="ticker"/> on <paramref name="session"/> as the core sees it; spot 0 when none was stored
    /// (stage A then rejects on the spot). The capture has no quote times (an end-of-day snapshot): every quote is stamped <paramref name="quotedAt"/>, the
    /// decision instant (docs/domain/decision-engine.md#the-daily-run).
    /// </summary>
    public async Task<DecisionChain> ChainAsync(string ticker, DateOnly session, DateTimeOffset quotedAt, CancellationToken ct)
    {
        await using var connection = await options.OpenConnectionAsync(ct);
        var spot = await connection.ExecuteScalarAsync<double?>(new CommandDefinition(
            "SELECT spot FROM options_api.dealer_metrics_v1 WHERE underlying = @ticker AND as_of = @session",
            new { ticker, session }, cancellationToken: ct));
        var rows = await connection.QueryAsync<ContractRow>(new CommandDefinition(
            """
            SELECT occ_symbol AS OccSymbol, option_right AS "Right", expiration, strike, bid, ask, volume, open_interest AS OpenInterest, iv, delta
            FROM options_api.contracts_v2 WHERE underlying = @ticker AND as_of = @session ORDER BY occ_symbol
            """, new { ticker, session }, cancellationToken: ct));
        var quotes = rows.Select(r => new ChainQuote(
            r.OccSymbol, r.Right == "call" ? OptionRight.Call : OptionRight.Put, r.Expiration, r.Strike, r.Bid, r.Ask, r.Volume, r.OpenInterest,
            r.Iv, r.Delta, quotedAt)).ToList();
        return new DecisionChain(ticker, spot ?? 0d, quotes);
    }

    /// <summary>The last <paramref name="count"/> daily bars of <paramref name="ticker"/> before <paramref name="session"/>, ascending, and the session's own bar (or null).</summary>
    public async Task<(IReadOnlyList<Bar> Before, Bar? Today)> BarsAsync(string ticker, DateOnly session, int count, CancellationToken ct)
    {
        await using var connection = await marketData.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<BarRow>(new CommandDefinition(
            """
            SELECT session_date AS SessionDate, open, high, low, close, volume
            FROM market_api.daily_bars_v1 WHERE ticker = @ticker AND session_date <= @session
            ORDER BY session_date DESC LIMIT @limit
            """, new { ticker, session, limit = count + 1 }, cancellationToken: ct))).Select(r => r.ToBar()).ToList();
        Bar? today = rows.Count > 0 && rows[0].Date == session ? rows[0] : null;
        var before = rows.Where(b => b.Date < session).Take(count).Reverse().ToList();
        return (before, today);
    }

    private sealed record ContractRow(
        string OccSymbol, string Right, DateOnly Expiration, double Strike, double? Bid, double? Ask, long Volume, long OpenInterest, double? Iv, double? Delta);

    private sealed record BarRow(DateOnly SessionDate, double Open, double High, double Low, double Close, long Volume)
    {
        public Bar ToBar() => new(SessionDate, Open, High, Low, Close, Volume);
    }
}
