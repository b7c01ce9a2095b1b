using System.Text.Json;
using Kapman.Contracts;
using Kapman.Options.Chains;
using Kapman.Options.Core;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Options.Data;

/// <summary>
/// Reads back, for <see cref="OptionMetricsComputed"/>, the dealer positioning of every underlying a session's run stored: the run's
/// shards store their underlyings on several replicas, so the one completing the stage reads the whole session's from
/// <c>dealer_metrics</c> (the underlyings STORED in <c>chain_coverage</c>) rather than from memory.
/// </summary>
public static class DealerLineStore
{
    /// <summary>
    /// The dealer line of each underlying stored for <paramref name="session"/> by its latest run, in ordinal order of the underlying;
    /// an underlying whose spot is not positive and finite, or whose net GEX is not finite, is left out (JSON cannot carry NaN). The walls
    /// are the call and put strikes with the most open interest among the stored walls (ties: the lower call strike, the higher put strike).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="tx"/> is null.</exception>
    public static async Task<IReadOnlyList<UnderlyingDealerMetrics>> ReadAsync(OutboxTransaction tx, DateOnly session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        await using var command = new NpgsqlCommand(
            """
            SELECT d.underlying, d.spot, d.net_gex, d.gamma_flip, d.dgpi, d.dealer_position, d.call_walls::text, d.put_walls::text, d.model_version
            FROM dealer_metrics d
            JOIN chain_coverage c ON c.session_date = d.as_of AND c.underlying = upper(d.underlying)
            WHERE d.as_of = $1 AND c.status = $2
            """, tx.Connection, tx.Transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = session });
        command.Parameters.Add(new NpgsqlParameter { Value = ChainCoverage.Stored });
        var lines = new List<UnderlyingDealerMetrics>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var spot = reader.GetDouble(1);
                var netGex = reader.GetDouble(2);
                if (!(spot > 0 && double.IsFinite(spot) && double.IsFinite(netGex)))
                {
                    continue;
                }

                lines.Add(new UnderlyingDealerMetrics(
                    reader.GetString(0), spot, netGex, Finite(reader, 3), Finite(reader, 4), reader.IsDBNull(5) ? null : reader.GetString(5),
                    Walls(reader.GetString(6)).OrderByDescending(w => w.OpenInterest).ThenBy(w => w.Strike).Select(w => (double?)w.Strike).FirstOrDefault(),
                    Walls(reader.GetString(7)).OrderByDescending(w => w.OpenInterest).ThenByDescending(w => w.Strike).Select(w => (double?)w.Strike).FirstOrDefault(),
                    reader.GetString(8)));
            }
        }

        return [.. lines.OrderBy(d => d.Underlying, StringComparer.Ordinal)];
    }

    /// <summary>The walls as <see cref="ChainStore"/> wrote them (<see cref="JsonSerializerOptions.Web"/>).</summary>
    private static List<StrikeWall> Walls(string json) => JsonSerializer.Deserialize<List<StrikeWall>>(json, JsonSerializerOptions.Web) ?? [];

    private static double? Finite(NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : reader.GetDouble(column) is var v && double.IsFinite(v) ? v : null;
}
