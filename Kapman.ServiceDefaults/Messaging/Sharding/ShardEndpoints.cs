using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace Kapman.ServiceDefaults.Messaging.Sharding;

/// <summary>The shard books' read endpoint, mapped by each service whose stage runs in ticker shards (metrics, Wyckoff).</summary>
public static class ShardEndpoints
{
    /// <summary>Most splits <c>GET /shards</c> returns.</summary>
    public const int MaxSplits = 20;

    /// <summary>
    /// Maps <c>GET /shards?limit=3</c>: the newest splits (<see cref="SplitView"/>, newest first, <c>limit</c> clamped to
    /// 1..<see cref="MaxSplits"/>), each with its shards done and the replica that did each, so the web's Ops page shows how many
    /// replicas shared the stage without reading the service's schema.
    /// </summary>
    public static IEndpointRouteBuilder MapShardEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/shards", async (int? limit, NpgsqlDataSource dataSource, CancellationToken ct) =>
            TypedResults.Ok(await RecentAsync(dataSource, Math.Clamp(limit ?? 3, 1, MaxSplits), ct)))
            .WithTags("Shards");
        return app;
    }

    private static async Task<IReadOnlyList<SplitView>> RecentAsync(NpgsqlDataSource dataSource, int limit, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var shards = new Dictionary<Guid, List<ShardView>>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT h.split_id, h.shard, h.instance, h.tickers, h.alerts, h.started_at, h.finished_at
            FROM session_shards h
            WHERE h.split_id IN (SELECT split_id FROM session_splits ORDER BY started_at DESC LIMIT $1)
            ORDER BY h.shard
            """, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = limit });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var shard = new ShardView(reader.GetGuid(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4),
                    reader.GetFieldValue<DateTimeOffset>(5), reader.GetFieldValue<DateTimeOffset>(6));
                (shards.TryGetValue(shard.SplitId, out var list) ? list : shards[shard.SplitId] = []).Add(shard);
            }
        }

        var splits = new List<SplitView>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT split_id, run_id, session_date, shard_count, shards_left, tickers, alerts, started_at, completed_at
            FROM session_splits ORDER BY started_at DESC LIMIT $1
            """, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = limit });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetGuid(0);
                splits.Add(new SplitView(id, reader.GetGuid(1), reader.GetFieldValue<DateOnly>(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5),
                    reader.GetInt32(6), reader.GetFieldValue<DateTimeOffset>(7), reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8),
                    shards.TryGetValue(id, out var done) ? done : []));
            }
        }

        return splits;
    }
}
