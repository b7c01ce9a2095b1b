using Kapman.MarketData.Postgres;
using Kapman.Recommendation.Core.Outcomes;
using Kapman.Recommendation.Data;
using Npgsql;

namespace Kapman.Recommendation.Application;

/// <summary>
/// The evaluation job (docs/domain/recommendations.md#outcome-evaluation, seed 000 §5.5: weekly until expiry, and on demand): scores every ISSUED directional
/// recommendation and every underlying-only call over the stored bars up to the as-of date, read through Ingestion's read
/// contract <c>market_api.daily_bars_v1</c> on <paramref name="marketData"/>. The window ends at the first leg's expiry,
/// or at <c>window_end</c> for an underlying-only call.
/// </summary>
/// <param name="dataSource">The service's own data source (recommendations and outcomes).</param>
/// <param name="marketData">The <see cref="ServiceDefaults.Data.ReadContracts.MarketData"/> source.</param>
public sealed class OutcomeEvaluationService(NpgsqlDataSource dataSource, NpgsqlDataSource marketData)
{
    /// <summary>
    /// Evaluates every ISSUED or underlying-only LONG/SHORT call made before <paramref name="asOf"/> whose outcome is not yet final for its
    /// revision (<see cref="OutcomeStore.OpenCallsAsync"/>); returns how many were stored.
    /// </summary>
    public async Task<int> EvaluateAsync(DateOnly asOf, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var open = await OutcomeStore.OpenCallsAsync(connection, asOf, ct);
        var stored = 0;
        await using var market = await marketData.OpenConnectionAsync(ct);
        foreach (var r in open)
        {
            var bars = await MarketBarReader.BarsAfterAsync(market, r.Ticker, r.Session, asOf, ct);
            var result = OutcomeEvaluator.Evaluate(new OutcomeRequest(r.Session, r.Direction, r.Confidence, r.Target, r.Stop, r.Expiration), bars, asOf);
            if (result is not null)
            {
                await OutcomeStore.UpsertAsync(connection, r.Id, r.Revision, result, ct);
                stored++;
            }
        }

        return stored;
    }
}
