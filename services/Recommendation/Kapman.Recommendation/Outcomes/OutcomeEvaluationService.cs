using Dapper;
using Kapman.Recommendation.Core.Outcomes;
using Npgsql;

namespace Kapman.Recommendation.Outcomes;

/// <summary>
/// The evaluation job (seed 000 §5.5: weekly until expiry, and on demand): scores every ISSUED directional
/// recommendation and every underlying-only call over the stored bars up to the as-of date, read through Ingestion's read
/// contract <c>market_api.daily_bars_v1</c> on <paramref name="marketData"/>. The window ends at the first leg's expiry,
/// or at <c>window_end</c> for an underlying-only call.
/// </summary>
/// <param name="dataSource">The service's own data source (recommendations and outcomes).</param>
/// <param name="marketData">The <see cref="ServiceDefaults.Data.ReadContracts.MarketData"/> source.</param>
public sealed class OutcomeEvaluationService(NpgsqlDataSource dataSource, NpgsqlDataSource marketData)
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
        await using var market = await marketData.OpenConnectionAsync(ct);
        foreach (var r in open)
        {
            var bars = await market.QueryAsync<DailyBar>(new CommandDefinition(
                """
                SELECT session_date AS Date, open, high, low, close FROM market_api.daily_bars_v1
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
