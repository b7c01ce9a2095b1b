using Kapman.Wyckoff.Core.Features;

namespace Kapman.Wyckoff.Core;

/// <summary>The Wyckoff analysis of one ticker on one session (the <c>GET /snapshots</c> row).</summary>
/// <param name="Ticker">Ticker symbol.</param>
/// <param name="SessionDate">Date of the last bar of the history.</param>
/// <param name="Bc">Buying-climax score, 0-28 (docs/domain/wyckoff-scores.md#bc-score, seed 000 §11.2).</param>
/// <param name="Spring">Spring score, 0-12 (docs/domain/wyckoff-scores.md#spring-score, seed 000 §11.3).</param>
/// <param name="Events">Events that became known on the session bar (see <see cref="WyckoffAnalyzer.Timeline"/>).</param>
/// <param name="Signal"><c>EXIT</c>, <c>PREPARE</c>, <c>ENTRY</c> or null (docs/domain/wyckoff-scores.md#decision-rules, seed 000 §11.4).</param>
/// <param name="AlertKind">The score alert: <c>BC_EXIT</c>, <c>SPRING_ENTRY</c> or null (the event alerts are <paramref name="EventAlertKinds"/>).</param>
/// <param name="ModelVersion">From <see cref="WyckoffParameters.ModelVersion"/>.</param>
/// <param name="Phase">Phase A-E with score, confidence, sub-stage and the events JSON sequence fields.</param>
/// <param name="TradeSignal">docs/domain/wyckoff-scores.md#trade-signals (Seed 001 §17.2): EXIT_IMMEDIATELY, PREPARE_EXIT, REDUCE, STRONG_ENTRY, ENTRY_SETUP or null.</param>
/// <param name="Checklist">Wyckoff's nine buying and nine selling tests, each with its reason.</param>
/// <param name="CompositeScore">Spring / 12 − BC / 28, −1 (all exit signals) .. +1 (all entry signals), 3 decimals.</param>
/// <param name="EventAlertKinds">The event alerts of the session (<see cref="EventAlertRules"/>: SPRING_SOS_ENTRY, SOW_REDUCE), raised beside
/// <paramref name="AlertKind"/>; null or empty when none.</param>
/// <param name="Features">Relative strength, volume-spread analysis and dealer context of the session (issue 21 item 3, from
/// wyckoff-1.5.0); inputs beside the scores, never part of them. Null with too short a history.</param>
public sealed record WyckoffSnapshot(
    string Ticker,
    DateOnly SessionDate,
    WyckoffScore Bc,
    WyckoffScore Spring,
    IReadOnlyList<WyckoffEvent> Events,
    string? Signal,
    string? AlertKind,
    string ModelVersion,
    PhaseReading Phase,
    string? TradeSignal,
    Checklist Checklist,
    double CompositeScore,
    IReadOnlyList<string>? EventAlertKinds = null,
    SignalFeatures? Features = null)
{
    /// <summary>Spring / 12 − BC / 28 rounded to 3 decimals (see <see cref="CompositeScore"/>).</summary>
    public static double Composite(WyckoffScore bc, WyckoffScore spring)
    {
        ArgumentNullException.ThrowIfNull(bc);
        ArgumentNullException.ThrowIfNull(spring);
        return Math.Round((spring.Total / (double)spring.Max) - (bc.Total / (double)bc.Max), 3);
    }
}
