using System.Text.Json;
using System.Text.Json.Serialization;
using Kapman.Options.Core;

namespace Kapman.Options.Data;

/// <summary>Dealer metrics as the API returns them; GEX in dollars per 1% move, walls = top 3 strikes by open interest.</summary>
public sealed record DealerMetricsDto(
    string Underlying, DateOnly SessionDate, double Spot, int Contracts, int Skipped, double TotalGex, double NetGex,
    [property: JsonIgnore] string CallWallsJson, [property: JsonIgnore] string PutWallsJson, string ModelVersion)
{
    public IReadOnlyList<StrikeWall> CallWalls => JsonSerializer.Deserialize<List<StrikeWall>>(CallWallsJson, JsonSerializerOptions.Web) ?? [];

    public IReadOnlyList<StrikeWall> PutWalls => JsonSerializer.Deserialize<List<StrikeWall>>(PutWallsJson, JsonSerializerOptions.Web) ?? [];
}
