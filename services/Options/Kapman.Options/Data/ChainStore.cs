using System.Text.Json;
using Dapper;
using Kapman.MarketData;
using Kapman.Options.Chains;
using Kapman.Options.Core;
using Kapman.ServiceDefaults.Messaging;
using NpgsqlTypes;

namespace Kapman.Options.Data;

/// <summary>Writes a session's enriched chain and dealer metrics into <c>options</c> inside the caller's transaction.</summary>
public static class ChainStore
{
    /// <summary>
    /// Creates the monthly partition of <c>contracts</c> holding <paramref name="asOf"/> unless it exists. The options stage's opener calls
    /// it under <see cref="ContractRetention.LockAsync"/>, so that the shards' own calls find it and do no DDL.
    /// </summary>
    public static async Task EnsurePartitionAsync(OutboxTransaction tx, DateOnly asOf, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "SELECT ensure_contracts_partition(@asOf)", new { asOf }, tx.Transaction, cancellationToken: ct));
    }

    /// <summary>
    /// Replaces the underlying's contracts for the session (binary COPY into the session's monthly partition, created
    /// first when missing; see <see cref="ContractRetention"/>) and upserts its dealer metrics.
    /// </summary>
    public static async Task WriteAsync(OutboxTransaction tx, OptionChainSnapshot chain, IReadOnlyList<EnrichedContract> contracts, DealerMetrics metrics, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(contracts);
        ArgumentNullException.ThrowIfNull(metrics);
        await EnsurePartitionAsync(tx, chain.AsOf, ct);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM contracts WHERE as_of = @asOf AND underlying = @underlying", new { asOf = chain.AsOf, underlying = chain.Underlying }, tx.Transaction, cancellationToken: ct));
        await using (var importer = await tx.Connection.BeginBinaryImportAsync(
            """
            COPY contracts (as_of, occ_symbol, underlying, option_right, expiration, strike, shares, bid, ask, last, volume, open_interest,
                            iv, iv_source, iv_failure, delta, gamma, theta, vega, rho, greeks_source, dte, pricing_model) FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            foreach (var c in contracts)
            {
                var q = c.Quote;
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(chain.AsOf, NpgsqlDbType.Date, ct);
                await importer.WriteAsync(q.OccSymbol, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(q.Underlying, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(q.Right == OptionRight.Call ? "call" : "put", NpgsqlDbType.Text, ct);
                await importer.WriteAsync(q.Expiration, NpgsqlDbType.Date, ct);
                await importer.WriteAsync(q.Strike, NpgsqlDbType.Double, ct);
                await importer.WriteAsync(q.SharesPerContract, NpgsqlDbType.Integer, ct);
                await importer.WriteAsync(q.Bid, NpgsqlDbType.Double, ct);
                await importer.WriteAsync(q.Ask, NpgsqlDbType.Double, ct);
                await importer.WriteAsync(q.Last, NpgsqlDbType.Double, ct);
                await importer.WriteAsync(q.Volume, NpgsqlDbType.Bigint, ct);
                await importer.WriteAsync(q.OpenInterest, NpgsqlDbType.Bigint, ct);
                await importer.WriteAsync(c.ImpliedVolatility, NpgsqlDbType.Double, ct);
                await importer.WriteAsync(c.IvSource, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(c.IvFailureReason, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(c.Greeks?.Delta, NpgsqlDbType.Double, ct);
                await importer.WriteAsync(c.Greeks?.Gamma, NpgsqlDbType.Double, ct);
                await importer.WriteAsync(c.Greeks?.ThetaPerDay, NpgsqlDbType.Double, ct);
                await importer.WriteAsync(c.Greeks?.VegaPerVolPoint, NpgsqlDbType.Double, ct);
                await importer.WriteAsync(c.Greeks?.Rho, NpgsqlDbType.Double, ct);
                await importer.WriteAsync(c.GreeksSource, NpgsqlDbType.Text, ct);
                await importer.WriteAsync(c.DaysToExpiry, NpgsqlDbType.Integer, ct);
                await importer.WriteAsync(c.PricingModel, NpgsqlDbType.Text, ct);
            }

            await importer.CompleteAsync(ct);
        }

        await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO dealer_metrics (underlying, as_of, spot, contracts, skipped, total_gex, net_gex, call_walls, put_walls, source, model_version)
            VALUES (@Underlying, @AsOf, @Spot, @Contracts, @skipped, @TotalGex, @NetGex, CAST(@callWalls AS jsonb), CAST(@putWalls AS jsonb), @source, @modelVersion)
            ON CONFLICT (underlying, as_of) DO UPDATE
            SET spot = EXCLUDED.spot, contracts = EXCLUDED.contracts, skipped = EXCLUDED.skipped, total_gex = EXCLUDED.total_gex,
                net_gex = EXCLUDED.net_gex, call_walls = EXCLUDED.call_walls, put_walls = EXCLUDED.put_walls, source = EXCLUDED.source,
                model_version = EXCLUDED.model_version, computed_at = now()
            """,
            new
            {
                metrics.Underlying, metrics.AsOf, metrics.Spot, metrics.Contracts, skipped = chain.Skipped.Count, metrics.TotalGex, metrics.NetGex,
                callWalls = JsonSerializer.Serialize(metrics.CallWalls, JsonSerializerOptions.Web),
                putWalls = JsonSerializer.Serialize(metrics.PutWalls, JsonSerializerOptions.Web),
                source = chain.Source, modelVersion = ChainOptions.ModelVersion,
            },
            tx.Transaction, cancellationToken: ct));
    }
}
