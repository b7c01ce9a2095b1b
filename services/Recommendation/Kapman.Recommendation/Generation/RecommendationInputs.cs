using Dapper;
using Kapman.Options.Core;
using Kapman.Recommendation.Core;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Generation;

/// <summary>
/// Reads what a session's recommendations are made from: the Wyckoff snapshots and alerts, and the stored
/// chains and spots (schema-qualified reads of <c>wyckoff</c> and <c>options</c>; never written).
/// </summary>
public static class RecommendationInputs
{
    /// <summary>Tickers to decide on: every underlying with a stored chain, plus every ticker with an alert.</summary>
    public static async Task<IReadOnlyList<string>> TickersAsync(OutboxTransaction tx, DateOnly session, CancellationToken ct) =>
        (await tx.Connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT underlying FROM options.dealer_metrics WHERE as_of = @session
            UNION
            SELECT ticker FROM wyckoff.snapshots WHERE session_date = @session AND alert_kind IS NOT NULL
            ORDER BY 1
            """, new { session }, tx.Transaction, cancellationToken: ct))).ToList();

    /// <summary>
    /// The ticker's Wyckoff scores, alert and phase, or null when it has no snapshot for the session. The phase is
    /// read only when <c>wyckoff.snapshots</c> has a <c>phase</c> column (added by the Wyckoff work), else null.
    /// </summary>
    public static async Task<WyckoffRow?> SignalAsync(OutboxTransaction tx, string ticker, DateOnly session, CancellationToken ct)
    {
        var hasPhase = await tx.Connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            """
            SELECT EXISTS (SELECT 1 FROM information_schema.columns
                           WHERE table_schema = 'wyckoff' AND table_name = 'snapshots' AND column_name = 'phase')
            """, transaction: tx.Transaction, cancellationToken: ct));
        var sql = hasPhase
            ? "SELECT ticker, session_date AS SessionDate, bc_score AS BcScore, spring_score AS SpringScore, alert_kind AS AlertKind, phase::text AS Phase FROM wyckoff.snapshots WHERE ticker = @ticker AND session_date = @session"
            : "SELECT ticker, session_date AS SessionDate, bc_score AS BcScore, spring_score AS SpringScore, alert_kind AS AlertKind, NULL::text AS Phase FROM wyckoff.snapshots WHERE ticker = @ticker AND session_date = @session";
        return await tx.Connection.QuerySingleOrDefaultAsync<WyckoffRow>(new CommandDefinition(sql, new { ticker, session }, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>Spot (dollars per share) of the underlying in the chain snapshot, or null when no chain is stored.</summary>
    public static Task<double?> SpotAsync(OutboxTransaction tx, string ticker, DateOnly session, CancellationToken ct) =>
        tx.Connection.ExecuteScalarAsync<double?>(new CommandDefinition(
            "SELECT spot FROM options.dealer_metrics WHERE underlying = @ticker AND as_of = @session", new { ticker, session }, tx.Transaction, cancellationToken: ct));

    /// <summary>The stored chain: the only contracts a recommendation may name.</summary>
    public static async Task<IReadOnlyList<ChainContract>> ChainAsync(OutboxTransaction tx, string ticker, DateOnly session, CancellationToken ct)
    {
        var rows = await tx.Connection.QueryAsync<ChainRow>(new CommandDefinition(
            """
            SELECT occ_symbol AS OccSymbol, option_right AS "Right", expiration, strike, bid, ask, delta, open_interest AS OpenInterest
            FROM options.contracts WHERE underlying = @ticker AND as_of = @session ORDER BY occ_symbol
            """, new { ticker, session }, tx.Transaction, cancellationToken: ct));
        return rows.Select(r => new ChainContract(r.OccSymbol, r.Right == "call" ? OptionRight.Call : OptionRight.Put, r.Expiration, r.Strike, r.Bid, r.Ask, r.Delta, r.OpenInterest)).ToList();
    }

    private sealed record ChainRow(string OccSymbol, string Right, DateOnly Expiration, double Strike, double? Bid, double? Ask, double? Delta, long OpenInterest);
}
