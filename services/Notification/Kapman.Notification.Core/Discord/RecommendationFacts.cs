namespace Kapman.Notification.Core.Discord;

/// <summary>A recommendation issued (RecommendationIssued version 2).</summary>
/// <param name="RecommendationId">Its id.</param>
/// <param name="Ticker">Underlying.</param>
/// <param name="Strategy">Strategy name, e.g. <c>BULL_CALL_DEBIT</c>.</param>
/// <param name="Legs">The legs, bought leg first (empty for a version-1 event).</param>
/// <param name="NetLimitPrice">Net limit, $ per share: positive a debit, negative a credit; null when unknown.</param>
/// <param name="Contracts">Size in combo units, or null.</param>
/// <param name="Expiration">Common expiry, or null.</param>
/// <param name="Dte">Calendar days to expiry, or null.</param>
/// <param name="Session">The session.</param>
/// <param name="At">When it was issued (the embed's timestamp).</param>
public sealed record RecommendationFacts(
    Guid RecommendationId, string Ticker, string Strategy, IReadOnlyList<RecommendationLegFacts> Legs, double? NetLimitPrice, int? Contracts,
    DateOnly? Expiration, int? Dte, DateOnly Session, DateTimeOffset At)
{
    /// <summary>The post's identity: one per recommendation.</summary>
    public string Key => $"recommendation:{RecommendationId}";
}
