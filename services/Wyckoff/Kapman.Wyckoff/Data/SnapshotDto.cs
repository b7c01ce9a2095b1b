using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Kapman.Wyckoff.Data;

/// <summary>
/// A stored snapshot as the API returns it; events, signals and the sequence fields (sequence_position,
/// expected_next, pattern_completion_pct) and the checklist are passed through as stored JSON. Phase columns are null on rows
/// stored before migration 002. The dealer context is joined from <c>dealer_context</c> (migration 003).
/// </summary>
public sealed record SnapshotDto(
    string Ticker, DateOnly SessionDate, int BcScore, int SpringScore, string? Signal, string? AlertKind,
    [property: JsonIgnore] string EventsJson, [property: JsonIgnore] string BcSignalsJson, [property: JsonIgnore] string SpringSignalsJson, string ModelVersion,
    string? Phase, double? PhaseScore, double? PhaseConfidence, string? PhaseSubStage, double? CompositeScore, string? TradeSignal,
    [property: JsonIgnore] string SequenceJson, [property: JsonIgnore] string ChecklistJson, [property: JsonIgnore] string? DealerContextJson)
{
    /// <summary>
    /// The options dealer context of the ticker and session (spot, netGex, gammaFlip, dgpi, position, callWall, putWall,
    /// optionsModelVersion, description), context only; null when the Options service stored none.
    /// </summary>
    public JsonNode? DealerContext => DealerContextJson is null ? null : JsonNode.Parse(DealerContextJson);

    public JsonNode? Checklist => JsonNode.Parse(ChecklistJson);

    public JsonNode? Sequence => JsonNode.Parse(SequenceJson);

    public JsonNode? Events => JsonNode.Parse(EventsJson);

    public JsonNode? BcSignals => JsonNode.Parse(BcSignalsJson);

    public JsonNode? SpringSignals => JsonNode.Parse(SpringSignalsJson);
}
