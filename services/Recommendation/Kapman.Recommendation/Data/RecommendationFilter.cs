namespace Kapman.Recommendation.Data;

/// <summary>
/// The filters of <c>GET /recommendations</c>; null means "any". Session null = the latest stored session; strategy
/// matches the strategy or the structure; confidence 0-1. UnderlyingOnly: null (default) leaves out the underlying-only
/// calls except those of an alerted ticker, true keeps only underlying-only calls, false leaves them all out.
/// </summary>
public sealed record RecommendationFilter(
    DateOnly? Session = null, string? Strategy = null, string? Direction = null, string? Status = null, double? MinConfidence = null,
    string? Trigger = null, bool? UnderlyingOnly = null);
