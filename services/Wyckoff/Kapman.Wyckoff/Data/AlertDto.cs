namespace Kapman.Wyckoff.Data;

/// <summary>
/// An alert: kind BC_EXIT or SOW_REDUCE (score = BC, 0-28), SPRING_ENTRY or SPRING_SOS_ENTRY (score = Spring, 0-12); see
/// docs/domain/wyckoff-scores.md#decision-rules and #event-alerts.
/// </summary>
public sealed record AlertDto(string Ticker, DateOnly SessionDate, string Kind, int Score);
