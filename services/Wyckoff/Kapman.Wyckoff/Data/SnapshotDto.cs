using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Kapman.Wyckoff.Data;

/// <summary>
/// A stored snapshot as the API returns it; events, signals and the sequence fields (sequence_position,
/// expected_next, pattern_completion_pct) and the checklist are passed through as stored JSON. Phase columns are null on rows
/// stored before migration 002. The dealer context is joined from <c>dealer_context</c> (migration 003); the features are stored (migration 008).
/// </summary>
public sealed record SnapshotDto(
    string Ticker, DateOnly SessionDate, int BcScore, int SpringScore, string? Signal, string? AlertKind,
    [property: JsonIgnore] string EventsJson, [property: JsonIgnore] string BcSignalsJson, [property: JsonIgnore] string SpringSignalsJson, string ModelVersion,
    string? Phase, double? PhaseScore, double? PhaseConfidence, string? PhaseSubStage, double? CompositeScore, string? TradeSignal,
    [property: JsonIgnore] string SequenceJson, [property: JsonIgnore] string ChecklistJson, [property: JsonIgnore] string? DealerContextJson,
    [property: JsonIgnore] string? FeaturesJson = null)
{
    /// <summary>
    /// The options dealer context of the ticker and session (spot, netGex, gammaFlip, dgpi, position, callWall, putWall,
    /// optionsModelVersion, description), context only; null when the Options service stored none.
    /// </summary>
    public JsonNode? DealerContext => DealerContextJson is null ? null : JsonNode.Parse(DealerContextJson);

    /// <summary>
    /// The signal features the analysis measured (relativeStrength, market, vsa, dealer: docs/domain/wyckoff-scores.md#signal-features-issue-21-item-3-from-wyckoff-150);
    /// dealer is null where the session has no option chain. Null on rows stored before migration 008 and with too short a history.
    /// </summary>
    public JsonNode? Features => FeaturesJson is null ? null : JsonNode.Parse(FeaturesJson);

    public JsonNode? Checklist => JsonNode.Parse(ChecklistJson);

    public JsonNode? Sequence => JsonNode.Parse(SequenceJson);

    public JsonNode? Events => JsonNode.Parse(EventsJson);

    public JsonNode? BcSignals => JsonNode.Parse(BcSignalsJson);

    public JsonNode? SpringSignals => JsonNode.Parse(SpringSignalsJson);
}
