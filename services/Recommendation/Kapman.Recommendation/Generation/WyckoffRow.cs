namespace Kapman.Recommendation.Generation;

/// <summary>The columns read from <c>wyckoff.snapshots</c>: scores 0-28 / 0-12, alert kind or null, phase label or null.</summary>
public sealed record WyckoffRow(string Ticker, DateOnly SessionDate, int BcScore, int SpringScore, string? AlertKind, string? Phase);
