using Kapman.MarketData;
using Kapman.Recommendation.Core.Strategies;

namespace Kapman.Recommendation.Core.Justification;

/// <summary>
/// The structured facts a justification is written from; every number a writer may state is here.
/// Money per contract in $ (100 shares), prices in $ per share, confidence 0..1.
/// </summary>
public sealed record JustificationFacts(
    string Ticker,
    DateOnly SessionDate,
    double Spot,
    string Direction,
    string Action,
    string? Strategy,
    string? Structure,
    double Confidence,
    string Basis,
    string? NoTradeReason,
    IReadOnlyList<AllowedContract> AllowedContracts,
    int? Dte,
    double? NetPremium,
    double? MaxProfitPerContract,
    double? MaxLossPerContract,
    double? Breakeven,
    double? RewardToRisk,
    int? Contracts)
{
    /// <summary>The facts of an engine decision; a no-trade allows no contract.</summary>
    public static JustificationFacts From(StrategyDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var plan = decision.Plan;
        var allowed = plan?.Legs.Select(leg => new AllowedContract(
            leg.Contract.OccSymbol, leg.Contract.Expiration, leg.Contract.Strike, leg.Contract.Right == OptionRight.Call ? "call" : "put",
            leg.Side == LegSide.Buy ? "BUY" : "SELL", leg.Price)).ToList() ?? [];
        var intent = decision.Intent;
        return new JustificationFacts(
            decision.Ticker, decision.SessionDate, decision.Spot, intent.Direction, intent.Action, intent.Strategy, intent.Structure,
            plan is null ? 0 : intent.Confidence, intent.Basis, decision.NoTradeReason, allowed, plan?.Dte, plan?.NetPremium,
            plan?.MaxProfitPerContract, plan?.MaxLossPerContract, plan?.Breakeven, plan?.RewardToRisk, plan?.Contracts);
    }
}
