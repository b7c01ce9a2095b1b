namespace Kapman.Recommendation.Data;

/// <summary>
/// The columns read from the Wyckoff service's read contract <c>wyckoff_api.snapshots_v1</c>: scores 0-28 / 0-12, alert kind or null, phase label (A-E) or null,
/// the docs/domain/wyckoff-scores.md#trade-signals (seed 001 §17.2) trade signal or null, and the codes of the events detected on the session (docs/domain/wyckoff-events-and-phases.md#event-list, seed 000 §5.2).
/// </summary>
public sealed record WyckoffRow(string Ticker, DateOnly SessionDate, int BcScore, int SpringScore, string? AlertKind, string? Phase, string? TradeSignal, string[] Events);
