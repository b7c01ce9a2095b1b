namespace Kapman.Recommendation.Core.Outcomes;

/// <summary>One session's underlying bar, $ per share.</summary>
public sealed record DailyBar(DateOnly Date, double Open, double High, double Low, double Close);
