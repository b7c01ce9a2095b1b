using Dapper;
using Kapman.Recommendation.Core.Outcomes;
using Npgsql;

namespace Kapman.Recommendation.Outcomes;

/// <summary>
/// The evaluation job (seed 000 §5.5: weekly until expiry, and on demand): scores every ISSUED directional
/// recommendation and every underlying-only call over the stored bars of <c>market.daily_bars</c> (read
/// schema-qualified) up to the as-of date. The window ends at the first leg's expiry, or at <c>window_end</c> for an
/// underlying-only call.
/// </summary>
public sealed class OutcomeEvaluationService(NpgsqlDataSource dataSource)
{
    /// <summary>Evaluates every ISSUED or underlying-only LONG/SHORT call made before <paramref name="asOf"/>; returns how many were stored.</summary>
    public async Task<int> EvaluateAsync(DateOnly asOf, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var open = await connection.QueryAsync<(Guid Id, string Ticker, DateOnly Session, string Direction, double Confidence, double Target, double Stop, DateOnly Expiration)>(
            new CommandDefinition(
                """
                SELECT r.id, r.ticker, r.session_date, r.direction, r.confidence, r.underlying_target, r.underlying_stop,
                       COALESCE(r.expiration, r.window_end)
                FROM recommendations r
                WHERE (r.status = 'ISSUED' OR r.underlying_only) AND r.direction IN ('LONG', 'SHORT') AND r.session_date < @asOf
                  AND r.underlying_target IS NOT NULL AND COALESCE(r.expiration, r.window_end) IS NOT NULL
                ORDER BY r.session_date, r.ticker
                """, new { asOf }, cancellationToken: ct));
        var stored = 0;
        foreach (var r in open)
        {
            var bars = await connection.QueryAsync<DailyBar>(new CommandDefinition(
                """
                SELECT session_date AS Date, open, high, low, close FROM market.daily_bars
                WHERE ticker = @Ticker AND session_date > @Session AND session_date <= @asOf ORDER BY session_date
                """, new { r.Ticker, r.Session, asOf }, cancellationToken: ct));
            var result = OutcomeEvaluator.Evaluate(new OutcomeRequest(r.Session, r.Direction, r.Confidence, r.Target, r.Stop, r.Expiration), bars, asOf);
            if (result is not null)
            {
                await OutcomeStore.UpsertAsync(connection, r.Id, result, ct);
                stored++;
            }
        }

        return stored;
    }
}
