using Dapper;
using Kapman.Recommendation.Core.Outcomes.Options;
using Npgsql;

namespace Kapman.Recommendation.Data;

/// <summary>Reads and writes <c>option_outcomes</c>, and the chain marks through Options' read contract <c>options_api.contracts_v1</c>.</summary>
public static class OptionOutcomeStore
{
    /// <summary>
    /// ISSUED recommendations made before <paramref name="asOf"/> that name contracts and a non-zero net premium and whose option outcome is
    /// not final (none yet, or open).
    /// </summary>
    public static async Task<IReadOnlyList<OpenPosition>> OpenPositionsAsync(NpgsqlConnection connection, DateOnly asOf, CancellationToken ct) =>
        [.. await connection.QueryAsync<OpenPosition>(new CommandDefinition(
            """
            SELECT r.id, r.ticker, r.session_date AS Session, r.strategy, r.legs::text AS Legs, r.net_premium AS NetPremium,
                   r.option_stop AS OptionStop, r.expiration
            FROM recommendations r LEFT JOIN option_outcomes o ON o.recommendation_id = r.id
            WHERE r.status = 'ISSUED' AND r.legs IS NOT NULL AND jsonb_array_length(r.legs) > 0 AND r.net_premium IS NOT NULL
              AND r.net_premium <> 0 AND r.expiration IS NOT NULL AND r.strategy IS NOT NULL AND r.session_date < @asOf
              AND (o.status IS NULL OR o.status = 'open')
            ORDER BY r.session_date, r.ticker
            """, new { asOf }, cancellationToken: ct))];

    /// <summary>Mid quotes ((bid + ask) / 2, $ per share) of <paramref name="symbols"/> in the chain stored for <paramref name="session"/>; a contract with no two-sided quote is left out.</summary>
    public static async Task<IReadOnlyDictionary<string, double>> MidsAsync(NpgsqlConnection options, string ticker, DateOnly session, IReadOnlyList<string> symbols, CancellationToken ct) =>
        (await options.QueryAsync<(string Occ, double Mid)>(new CommandDefinition(
            """
            SELECT occ_symbol, (bid + ask) / 2 FROM options_api.contracts_v1
            WHERE underlying = @ticker AND as_of = @session AND occ_symbol = ANY(@symbols) AND bid IS NOT NULL AND ask IS NOT NULL AND bid >= 0 AND ask >= bid
            """, new { ticker, session, symbols = symbols.ToArray() }, cancellationToken: ct)))
        .GroupBy(r => r.Occ, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Mid, StringComparer.Ordinal);

    /// <summary>The underlying's last bar at or before <paramref name="until"/>: its session and close ($ per share), or null.</summary>
    public static async Task<(DateOnly Session, double Close)?> LastCloseAsync(NpgsqlConnection market, string ticker, DateOnly until, CancellationToken ct) =>
        await market.QuerySingleOrDefaultAsync<(DateOnly, double)?>(new CommandDefinition(
            """
            SELECT session_date, close FROM market_api.daily_bars_v1 WHERE ticker = @ticker AND session_date <= @until
            ORDER BY session_date DESC LIMIT 1
            """, new { ticker, until }, cancellationToken: ct));

    /// <summary>Stores <paramref name="o"/> as the recommendation's latest mark, counting the marks.</summary>
    public static Task UpsertAsync(NpgsqlConnection connection, Guid recommendationId, double underlyingClose, OptionOutcome o, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(o);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO option_outcomes (recommendation_id, mark_date, underlying_close, value_per_share, pnl_per_contract, pnl_fraction, model_priced,
                hit_profit_target, hit_stop, assigned, status)
            VALUES (@recommendationId, @MarkDate, @underlyingClose, @ValuePerShare, @PnlPerContract, @PnlFraction, @ModelPriced, @HitProfitTarget,
                @HitStop, @Assigned, @Status)
            ON CONFLICT (recommendation_id) DO UPDATE
            SET mark_date = EXCLUDED.mark_date, underlying_close = EXCLUDED.underlying_close, value_per_share = EXCLUDED.value_per_share,
                pnl_per_contract = EXCLUDED.pnl_per_contract, pnl_fraction = EXCLUDED.pnl_fraction, model_priced = EXCLUDED.model_priced,
                hit_profit_target = EXCLUDED.hit_profit_target, hit_stop = EXCLUDED.hit_stop, assigned = EXCLUDED.assigned,
                status = EXCLUDED.status, evaluated_at = now(),
                marks = option_outcomes.marks + CASE WHEN option_outcomes.mark_date = EXCLUDED.mark_date THEN 0 ELSE 1 END
            """,
            new
            {
                recommendationId, underlyingClose, o.MarkDate, o.ValuePerShare, o.PnlPerContract, o.PnlFraction, o.ModelPriced, o.HitProfitTarget,
                o.HitStop, o.Assigned, o.Status,
            },
            cancellationToken: ct));
    }

    /// <summary>The recommendation's latest option mark, or null.</summary>
    public static Task<OptionOutcomeDto?> LatestAsync(NpgsqlConnection connection, Guid recommendationId, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<OptionOutcomeDto>(new CommandDefinition(
            """
            SELECT mark_date AS MarkDate, underlying_close AS UnderlyingClose, value_per_share AS ValuePerShare, pnl_per_contract AS PnlPerContract,
                   pnl_fraction AS PnlFraction, model_priced AS ModelPriced, hit_profit_target AS HitProfitTarget, hit_stop AS HitStop, assigned,
                   status, marks
            FROM option_outcomes WHERE recommendation_id = @recommendationId
            """, new { recommendationId }, cancellationToken: ct));

    /// <summary>Every stored mark's strategy and figures, for the accuracy report's option-level summary.</summary>
    public static async Task<IReadOnlyList<MarkedPosition>> MarkedAsync(NpgsqlConnection connection, CancellationToken ct) =>
        [.. await connection.QueryAsync<MarkedPosition>(new CommandDefinition(
            """
            SELECT r.strategy, o.pnl_per_contract AS PnlPerContract, o.hit_profit_target AS HitProfitTarget, o.hit_stop AS HitStop, o.assigned,
                   o.status, o.model_priced AS ModelPriced
            FROM option_outcomes o JOIN recommendations r ON r.id = o.recommendation_id
            """, cancellationToken: ct))];
}
