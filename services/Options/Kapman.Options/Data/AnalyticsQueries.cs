using Dapper;
using Npgsql;

namespace Kapman.Options.Data;

/// <summary>
/// Read side of the analytics tables for the API. Summary and metrics rows are returned as JSON objects whose
/// keys are the column names of migration 002 (units there); the latest session of the underlying when none is given.
/// </summary>
public sealed class AnalyticsQueries(NpgsqlDataSource dataSource)
{
    /// <summary>The chain of one underlying and session, filtered; ordered by expiration, strike, right.</summary>
    public async Task<IEnumerable<ContractDto>> ChainAsync(string underlying, DateOnly? session, ChainFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<ContractDto>(new CommandDefinition(
            """
            SELECT occ_symbol AS OccSymbol, option_right AS "Right", expiration, strike, bid, ask, last, volume, open_interest AS OpenInterest,
                   iv, iv_source AS IvSource, delta, gamma, theta, vega, rho, greeks_source AS GreeksSource, dte, pricing_model AS PricingModel
            FROM contracts
            WHERE underlying = @underlying AND as_of = COALESCE(@session, (SELECT max(as_of) FROM contracts WHERE underlying = @underlying))
              AND (@expiry::date IS NULL OR expiration = @expiry) AND (@right::text IS NULL OR option_right = @right)
              AND (@minStrike::float8 IS NULL OR strike >= @minStrike) AND (@maxStrike::float8 IS NULL OR strike <= @maxStrike)
            ORDER BY expiration, strike, option_right
            """, new { underlying, session, expiry = filter.Expiry, right = filter.Right, minStrike = filter.MinStrike, maxStrike = filter.MaxStrike }, cancellationToken: ct));
    }

    /// <summary>One row of <c>daily_summary</c>, <c>volatility_metrics</c> or <c>dealer_metrics</c> as JSON, or null when none.</summary>
    /// <param name="table">One of "daily_summary", "volatility_metrics", "dealer_metrics".</param>
    /// <exception cref="ArgumentOutOfRangeException">Another table name.</exception>
    public async Task<string?> RowJsonAsync(string table, string underlying, DateOnly? session, CancellationToken ct)
    {
        var sql = table switch
        {
            "daily_summary" => "SELECT to_jsonb(t)::text FROM daily_summary t WHERE underlying = @underlying AND as_of = COALESCE(@session, (SELECT max(as_of) FROM daily_summary WHERE underlying = @underlying))",
            "volatility_metrics" => "SELECT to_jsonb(t)::text FROM volatility_metrics t WHERE underlying = @underlying AND as_of = COALESCE(@session, (SELECT max(as_of) FROM volatility_metrics WHERE underlying = @underlying))",
            "dealer_metrics" => "SELECT to_jsonb(t)::text FROM dealer_metrics t WHERE underlying = @underlying AND as_of = COALESCE(@session, (SELECT max(as_of) FROM dealer_metrics WHERE underlying = @underlying))",
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Unknown analytics table."),
        };
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(sql, new { underlying, session }, cancellationToken: ct));
    }

    /// <summary>
    /// GEX per strike for the chart: |Γ| × OI × shares × spot² × 0.01 of contracts with greeks and ≥ 1 day left,
    /// calls +, puts − (dealers long calls, short puts), spot from <c>dealer_metrics</c>.
    /// </summary>
    public async Task<IEnumerable<GexByStrikeDto>> GexByStrikeAsync(string underlying, DateOnly? session, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<GexByStrikeDto>(new CommandDefinition(
            """
            WITH g AS (
                SELECT c.strike, c.option_right, abs(c.gamma) * c.open_interest * c.shares * d.spot * d.spot * 0.01 AS gex
                FROM contracts c JOIN dealer_metrics d ON d.underlying = c.underlying AND d.as_of = c.as_of
                WHERE c.underlying = @underlying AND c.gamma IS NOT NULL AND c.dte >= 1
                  AND c.as_of = COALESCE(@session, (SELECT max(as_of) FROM dealer_metrics WHERE underlying = @underlying)))
            SELECT strike,
                   COALESCE(sum(gex) FILTER (WHERE option_right = 'call'), 0) AS CallGex,
                   -COALESCE(sum(gex) FILTER (WHERE option_right = 'put'), 0) AS PutGex,
                   COALESCE(sum(gex) FILTER (WHERE option_right = 'call'), 0) - COALESCE(sum(gex) FILTER (WHERE option_right = 'put'), 0) AS NetGex
            FROM g GROUP BY strike ORDER BY strike
            """, new { underlying, session }, cancellationToken: ct));
    }
}
