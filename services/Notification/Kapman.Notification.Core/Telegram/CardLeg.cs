namespace Kapman.Notification.Core.Telegram;

/// <summary>One leg of a <see cref="RecommendationCard"/>.</summary>
/// <param name="OccSymbol">OCC symbol without padding, e.g. <c>SPY251024C00650000</c>.</param>
/// <param name="Side"><c>BUY</c> or <c>SELL</c>.</param>
/// <param name="Ratio">Contracts of this leg per combo unit.</param>
/// <param name="LimitPrice">The leg's mid in the stored chain, $ per share.</param>
public sealed record CardLeg(string OccSymbol, string Side, int Ratio, double LimitPrice);
