using Dapper;
using Npgsql;

namespace Kapman.Options.Data;

/// <summary>Read side of the <c>options</c> schema for the API.</summary>
public sealed class OptionsQueries(NpgsqlDataSource dataSource)
{
    /// <summary>Dealer metrics of every underlying for a session (latest when null).</summary>
    public async Task<IEnumerable<DealerMetricsDto>> DealerMetricsAsync(DateOnly? session, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<DealerMetricsDto>(new CommandDefinition(
            """
            SELECT underlying, as_of AS SessionDate, spot, contracts, skipped, total_gex AS TotalGex, net_gex AS NetGex,
                   call_walls::text AS CallWallsJson, put_walls::text AS PutWallsJson, model_version AS ModelVersion
            FROM dealer_metrics
            WHERE as_of = COALESCE(@session, (SELECT max(as_of) FROM dealer_metrics))
            ORDER BY underlying
            """, new { session }, cancellationToken: ct));
    }

    /// <summary>The stored chain of one underlying for a session (latest when null).</summary>
    public async Task<IEnumerable<ContractDto>> ContractsAsync(string underlying, DateOnly? session, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<ContractDto>(new CommandDefinition(
            """
            SELECT occ_symbol AS OccSymbol, option_right AS "Right", expiration, strike, bid, ask, last, volume, open_interest AS OpenInterest,
                   iv, iv_source AS IvSource, delta, gamma, theta, vega, rho, greeks_source AS GreeksSource, dte, pricing_model AS PricingModel
            FROM contracts
            WHERE underlying = @underlying AND as_of = COALESCE(@session, (SELECT max(as_of) FROM contracts WHERE underlying = @underlying))
            ORDER BY expiration, strike, option_right
            """, new { underlying, session }, cancellationToken: ct));
    }
}
