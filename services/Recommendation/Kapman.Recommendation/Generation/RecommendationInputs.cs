using Dapper;
using Kapman.Options.Core;
using Kapman.Recommendation.Core;
using Npgsql;

namespace Kapman.Recommendation.Generation;

/// <summary>
/// Reads what a session's recommendations are made from: the Wyckoff snapshots, and the stored chains, spots and
/// bars (schema-qualified reads of <c>wyckoff</c>, <c>options</c> and <c>market</c>; never written), outside any
/// transaction: the stage runs once both inputs are complete, so nothing it reads is still changing.
/// </summary>
public static class RecommendationInputs
{
    /// <summary>Every underlying with a stored chain on the session: a dealer-metrics row or stored contracts.</summary>
    public static async Task<IReadOnlySet<string>> ChainTickersAsync(NpgsqlConnection connection, DateOnly session, CancellationToken ct) =>
        (await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT underlying FROM options.dealer_metrics WHERE as_of = @session
            UNION
            SELECT DISTINCT underlying FROM options.contracts WHERE as_of = @session
            """, new { session }, cancellationToken: ct))).ToHashSet(StringComparer.Ordinal);

    /// <summary>The session's Wyckoff snapshots by ticker, with the phase, trade signal and the codes of the session's events.</summary>
    public static async Task<IReadOnlyDictionary<string, WyckoffRow>> SnapshotsAsync(NpgsqlConnection connection, DateOnly session, CancellationToken ct) =>
        (await connection.QueryAsync<SnapshotRow>(new CommandDefinition(
            """
            SELECT ticker, session_date AS SessionDate, bc_score AS BcScore, spring_score AS SpringScore, alert_kind AS AlertKind,
                   phase::text AS Phase, trade_signal AS TradeSignal,
                   (SELECT string_agg(e->>'code', ',') FROM jsonb_array_elements(events) AS e) AS Events
            FROM wyckoff.snapshots WHERE session_date = @session
            """, new { session }, cancellationToken: ct)))
        .Select(r => new WyckoffRow(r.Ticker, r.SessionDate, r.BcScore, r.SpringScore, r.AlertKind, r.Phase, r.TradeSignal,
            r.Events?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? []))
        .ToDictionary(r => r.Ticker, StringComparer.Ordinal);

    /// <summary>
    /// Spot in $ per share: the chain snapshot's spot, else the session's close in <c>market.daily_bars</c>, else null.
    /// </summary>
    public static Task<double?> SpotAsync(NpgsqlConnection connection, string ticker, DateOnly session, CancellationToken ct) =>
        connection.ExecuteScalarAsync<double?>(new CommandDefinition(
            """
            SELECT COALESCE((SELECT spot FROM options.dealer_metrics WHERE underlying = @ticker AND as_of = @session),
                            (SELECT close FROM market.daily_bars WHERE ticker = @ticker AND session_date = @session))
            """, new { ticker, session }, cancellationToken: ct));

    /// <summary>The stored chain: the only contracts a recommendation may name.</summary>
    public static async Task<IReadOnlyList<ChainContract>> ChainAsync(NpgsqlConnection connection, string ticker, DateOnly session, CancellationToken ct)
    {
        var rows = await connection.QueryAsync<ChainRow>(new CommandDefinition(
            """
            SELECT occ_symbol AS OccSymbol, option_right AS "Right", expiration, strike, bid, ask, delta, open_interest AS OpenInterest
            FROM options.contracts WHERE underlying = @ticker AND as_of = @session ORDER BY occ_symbol
            """, new { ticker, session }, cancellationToken: ct));
        return rows.Select(r => new ChainContract(r.OccSymbol, r.Right == "call" ? OptionRight.Call : OptionRight.Put, r.Expiration, r.Strike, r.Bid, r.Ask, r.Delta, r.OpenInterest)).ToList();
    }

    private sealed record SnapshotRow(string Ticker, DateOnly SessionDate, int BcScore, int SpringScore, string? AlertKind, string? Phase, string? TradeSignal, string? Events);

    private sealed record ChainRow(string OccSymbol, string Right, DateOnly Expiration, double Strike, double? Bid, double? Ask, double? Delta, long OpenInterest);
}
