namespace Kapman.Notification.Core.Telegram;

/// <summary>What the Telegram approval message shows of a recommendation (the <c>RecommendationIssued</c> v2 event's fields).</summary>
/// <param name="RecommendationId">The recommendation's key; the Approve button approves it through execution.</param>
/// <param name="SessionDate">Trading session the recommendation belongs to.</param>
/// <param name="Ticker">Underlying ticker.</param>
/// <param name="Strategy">Strategy name, e.g. <c>BULL_CALL_DEBIT</c>.</param>
/// <param name="Legs">The legs, bought leg first; empty for a version-1 event.</param>
/// <param name="NetLimitPrice">Net limit in $ per share, positive for a debit paid, negative for a credit received; null for version 1.</param>
/// <param name="Contracts">Suggested size in combo units; null for version 1.</param>
/// <param name="Expiration">The legs' common expiry; null for version 1.</param>
public sealed record RecommendationCard(
    Guid RecommendationId,
    DateOnly SessionDate,
    string Ticker,
    string Strategy,
    IReadOnlyList<CardLeg> Legs,
    double? NetLimitPrice,
    int? Contracts,
    DateOnly? Expiration);
