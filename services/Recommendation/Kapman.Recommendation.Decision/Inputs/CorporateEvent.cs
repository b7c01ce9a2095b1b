namespace Kapman.Recommendation.Decision.Inputs;

/// <summary>One corporate event of the underlying.</summary>
/// <param name="Kind">Earnings or ex-dividend.</param>
/// <param name="Date">Session date (New York).</param>
/// <param name="DividendPerShare">Cash dividend, $ per share, for an ex-dividend event; null when unknown.</param>
public sealed record CorporateEvent(CorporateEventKind Kind, DateOnly Date, double? DividendPerShare = null);
