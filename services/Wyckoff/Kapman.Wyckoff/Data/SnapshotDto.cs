using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Kapman.Wyckoff.Data;

/// <summary>A stored snapshot as the API returns it; events and signals are passed through as stored JSON.</summary>
public sealed record SnapshotDto(
    string Ticker, DateOnly SessionDate, int BcScore, int SpringScore, string? Signal, string? AlertKind,
    [property: JsonIgnore] string EventsJson, [property: JsonIgnore] string BcSignalsJson, [property: JsonIgnore] string SpringSignalsJson, string ModelVersion)
{
    public JsonNode? Events => JsonNode.Parse(EventsJson);

    public JsonNode? BcSignals => JsonNode.Parse(BcSignalsJson);

    public JsonNode? SpringSignals => JsonNode.Parse(SpringSignalsJson);
}
