namespace Kapman.Notification.Core.Discord;

/// <summary>One leg of a recommendation.</summary>
/// <param name="Side"><c>BUY</c> or <c>SELL</c>.</param>
/// <param name="Ratio">Contracts per combo unit.</param>
/// <param name="Strike">Strike, $ per share.</param>
/// <param name="Right"><c>call</c> or <c>put</c>.</param>
/// <param name="Expiration">Expiry.</param>
/// <param name="LimitPrice">The leg's mid, $ per share.</param>
public sealed record RecommendationLegFacts(string Side, int Ratio, double Strike, string Right, DateOnly Expiration, double LimitPrice);
