namespace Kapman.Web.Clients;

/// <summary>
/// Reads the shard books of the stages that split a session into ticker shards through the gateway
/// (<c>GET /api/&lt;stage&gt;/shards</c>), so the Ops page shows which replica did which shard without reading their schemas.
/// </summary>
public sealed class ShardClient(HttpClient http)
{
    /// <summary>Newest splits listed per stage.</summary>
    public const int Limit = 3;

    /// <summary>The stages that run in shards.</summary>
    public static IReadOnlyList<string> Stages { get; } = ["metrics", "options", KapmanServices.Wyckoff];

    /// <summary>For each of <see cref="Stages"/>, its newest splits; never throws for network, HTTP or JSON errors.</summary>
    public async Task<IReadOnlyDictionary<string, GatewayResult<IReadOnlyList<StageSplit>>>> GetRecentAsync(CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(Stages.Select(stage =>
            GatewayHttp.GetJsonAsync<IReadOnlyList<StageSplit>>(http, $"/api/{stage}/shards?limit={Limit}", cancellationToken)));
        return Stages.Zip(results).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }
}
