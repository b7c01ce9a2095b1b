using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Kapman.Wyckoff.Data;

/// <summary>
/// One session of a ticker's score history (<c>GET /snapshots/{ticker}/scores</c>): what a chart draws, i.e. the BC
/// (0-28) and Spring (0-12) scores, the signal, the phase (A-E, null before migration 002) and the events as stored,
/// without the rule breakdowns, checklist, sequence fields and dealer context of <see cref="SnapshotDto"/>.
/// </summary>
public sealed record ScoreHistoryDto(
    string Ticker, DateOnly SessionDate, int BcScore, int SpringScore, string? Signal, string? Phase, [property: JsonIgnore] string EventsJson)
{
    /// <summary>The session's events (code, confidence, priceLevel, description and the sequence fields), as stored.</summary>
    public JsonNode? Events => JsonNode.Parse(EventsJson);
}
