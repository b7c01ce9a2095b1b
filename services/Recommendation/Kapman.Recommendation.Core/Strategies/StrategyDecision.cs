namespace Kapman.Recommendation.Core.Strategies;

/// <summary>The engine's answer for one ticker and session: a priced plan, or no trade with the reason.</summary>
/// <param name="Ticker">Underlying ticker.</param>
/// <param name="SessionDate">Session.</param>
/// <param name="Spot">Underlying price, $ per share.</param>
/// <param name="Intent">Direction, action, strategy, confidence and the rule that fired.</param>
/// <param name="Plan">The priced legs, or null for no trade.</param>
/// <param name="NoTradeReason">Why there is no trade, or null with a plan.</param>
/// <param name="ModelVersion">The parameters' model version.</param>
public sealed record StrategyDecision(
    string Ticker, DateOnly SessionDate, double Spot, TradeIntent Intent, TradePlan? Plan, string? NoTradeReason, string ModelVersion)
{
    /// <summary>True when the decision names contracts (status ISSUED).</summary>
    public bool IsTrade => Plan is not null;
}
