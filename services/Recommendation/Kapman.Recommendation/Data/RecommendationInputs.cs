using Dapper;
using Kapman.MarketData;
using Kapman.Recommendation.Core;
using Npgsql;

namespace Kapman.Recommendation.Data;

/// <summary>
/// Reads what a session's recommendations are made from, each through its owner's published read contract (never an
/// internal table): the Wyckoff snapshots (<c>wyckoff_api.snapshots_v1</c>), the stored chains and spots
/// (<c>options_api.contracts_v1</c>, <c>options_api.dealer_metrics_v1</c>) and the session's close
/// (<c>market_api.daily_bars_v1</c>), on the owners' data sources (<see cref="ServiceDefaults.Data.ReadContracts"/>) and
/// outside any transaction: the stage runs once both its inputs are complete, so nothing it reads is still changing.
/// </summary>
/// <param name="marketData">Ingestion's read contract source.</param>
/// <param name="options">The Options service's read contract source.</param>
/// <param name="wyckoff">The Wyckoff service's read contract source.</param>
public sealed class RecommendationInputs(NpgsqlDataSource marketData, NpgsqlDataSource options, NpgsqlDataSource wyckoff)
{
    /// <summary>Every underlying with a stored chain on the session: a dealer-metrics row or stored contracts.</summary>
    public async Task<IReadOnlySet<string>> ChainTickersAsync(DateOnly session, CancellationToken ct)
    {
        await using var connection = await options.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT underlying FROM options_api.dealer_metrics_v1 WHERE as_of = @session
            UNION
            SELECT DISTINCT underlying FROM options_api.contracts_v1 WHERE as_of = @session
            """, new { session }, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every session with stored bars from <paramref name="from"/> through <paramref name="to"/>, ascending (the history path's sessions).</summary>
    public async Task<IReadOnlyList<DateOnly>> SessionsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var connection = await marketData.OpenConnectionAsync(ct);
        return [.. await connection.QueryAsync<DateOnly>(new CommandDefinition(
            "SELECT DISTINCT session_date FROM market_api.daily_bars_v1 WHERE session_date BETWEEN @from AND @to ORDER BY session_date",
            new { from, to }, cancellationToken: ct))];
    }

    /// <summary>The session's Wyckoff snapshots by ticker, with the phase, trade signal and the codes of the session's events.</summary>
    public async Task<IReadOnlyDictionary<string, WyckoffRow>> SnapshotsAsync(DateOnly session, CancellationToken ct)
    {
        await using var connection = await wyckoff.OpenConnectionAsync(ct);
        return (await connection.QueryAsync<SnapshotRow>(new CommandDefinition(
            """
            SELECT ticker, session_date AS SessionDate, bc_score AS BcScore, spring_score AS SpringScore, alert_kind AS AlertKind,
                   phase, trade_signal AS TradeSignal, event_codes AS Events
            FROM wyckoff_api.snapshots_v1 WHERE session_date = @session
            """, new { session }, cancellationToken: ct)))
            .Select(r => new WyckoffRow(r.Ticker, r.SessionDate, r.BcScore, r.SpringScore, r.AlertKind, r.Phase, r.TradeSignal, r.Events ?? []))
            .ToDictionary(r => r.Ticker, StringComparer.Ordinal);
    }

    /// <summary>
    /// Spot in $ per share of every ticker with a price on the session: the chain snapshot's spot, else the session's close (a ticker
    /// with neither is absent). Two queries per session, not two per ticker: the history path decides hundreds of sessions of
    /// hundreds of tickers.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, double>> SpotsAsync(DateOnly session, CancellationToken ct)
    {
        var spots = new Dictionary<string, double>(StringComparer.Ordinal);
        await using (var bars = await marketData.OpenConnectionAsync(ct))
        {
            foreach (var (ticker, close) in await bars.QueryAsync<(string, double)>(new CommandDefinition(
                "SELECT ticker, close FROM market_api.daily_bars_v1 WHERE session_date = @session", new { session }, cancellationToken: ct)))
            {
                spots[ticker] = close;
            }
        }

        await using var connection = await options.OpenConnectionAsync(ct);
        foreach (var (ticker, spot) in await connection.QueryAsync<(string, double?)>(new CommandDefinition(
            "SELECT underlying, spot FROM options_api.dealer_metrics_v1 WHERE as_of = @session", new { session }, cancellationToken: ct)))
        {
            if (spot is { } chainSpot)
            {
                spots[ticker] = chainSpot;
            }
        }

        return spots;
    }

    /// <summary>The stored chain: the only contracts a recommendation may name.</summary>
    public async Task<IReadOnlyList<ChainContract>> ChainAsync(string ticker, DateOnly session, CancellationToken ct)
    {
        await using var connection = await options.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<ChainRow>(new CommandDefinition(
            """
            SELECT occ_symbol AS OccSymbol, option_right AS "Right", expiration, strike, bid, ask, delta, open_interest AS OpenInterest
            FROM options_api.contracts_v1 WHERE underlying = @ticker AND as_of = @session ORDER BY occ_symbol
            """, new { ticker, session }, cancellationToken: ct));
        return rows.Select(r => new ChainContract(r.OccSymbol, r.Right == "call" ? OptionRight.Call : OptionRight.Put, r.Expiration, r.Strike, r.Bid, r.Ask, r.Delta, r.OpenInterest)).ToList();
    }

    // A class, not a positional record: Dapper maps a text[] column onto a string[] property but not onto a constructor parameter.
    private sealed class SnapshotRow
    {
        public string Ticker { get; init; } = "";

        public DateOnly SessionDate { get; init; }

        public int BcScore { get; init; }

        public int SpringScore { get; init; }

        public string? AlertKind { get; init; }

        public string? Phase { get; init; }

        public string? TradeSignal { get; init; }

        public string[]? Events { get; init; }
    }

    private sealed record ChainRow(string OccSymbol, string Right, DateOnly Expiration, double Strike, double? Bid, double? Ask, double? Delta, long OpenInterest);
}
