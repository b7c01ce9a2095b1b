namespace Kapman.Recommendation.Core;

/// <summary>What the engine decided for one signal: a trade on a listed contract, or no trade and why.</summary>
/// <param name="Ticker">Underlying ticker.</param>
/// <param name="SessionDate">Session of the signal.</param>
/// <param name="IsTrade">True for a trade (status ISSUED), false for NO_TRADE.</param>
/// <param name="Strategy">"LONG_CALL" or "LONG_PUT" for a trade, else null.</param>
/// <param name="Direction">"LONG" (bullish) or "SHORT" (bearish) for a trade, else null.</param>
/// <param name="Contract">The chosen contract: always one of the instances given to the engine, never built; null without a trade.</param>
/// <param name="Dte">Calendar days from the session to the contract's expiration, or null.</param>
/// <param name="Confidence">0..1, see <see cref="RecommendationEngine"/>; 0 without a trade.</param>
/// <param name="Justification">Deterministic human-readable explanation.</param>
/// <param name="NoTradeReason">Why there is no trade, or null for a trade.</param>
/// <param name="ModelVersion">The <see cref="RecommendationParameters.ModelVersion"/> used.</param>
public sealed record RecommendationDecision(
    string Ticker,
    DateOnly SessionDate,
    bool IsTrade,
    string? Strategy,
    string? Direction,
    ChainContract? Contract,
    int? Dte,
    double Confidence,
    string Justification,
    string? NoTradeReason,
    string ModelVersion);
