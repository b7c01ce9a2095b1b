namespace Kapman.Recommendation.Core.Strategies;

/// <summary>A fully priced suggestion on listed contracts. Per-share prices in $; per-contract amounts × 100 shares.</summary>
/// <param name="Legs">The legs, bought leg first.</param>
/// <param name="Expiration">The legs' common expiry.</param>
/// <param name="Dte">Calendar days session → expiry.</param>
/// <param name="NetPremium">Σ bought mids − Σ sold mids, $ per share: &gt; 0 a debit paid, &lt; 0 a credit received.</param>
/// <param name="UnderlyingEntry">Underlying entry: the spot.</param>
/// <param name="UnderlyingStop">Underlying stop: spot × (1 ∓ stop fraction), against the direction.</param>
/// <param name="UnderlyingTarget">Underlying target: spot × (1 ± target fraction), with the direction.</param>
/// <param name="OptionEntry">|NetPremium|, $ per share.</param>
/// <param name="OptionStop">Debit: entry × (1 − stop fraction); credit: buy back at entry × (1 + stop fraction).</param>
/// <param name="OptionTarget">Debit: entry × (1 + target fraction); credit: buy back at entry × (1 − target fraction).</param>
/// <param name="MaxProfitPerContract">$ per contract at expiry, or null when unbounded (long call).</param>
/// <param name="MaxLossPerContract">$ per contract at expiry, ≥ 0.</param>
/// <param name="Breakeven">Underlying price at expiry where the payoff is zero, $ per share.</param>
/// <param name="RewardToRisk">Payoff at expiry with the underlying at <paramref name="UnderlyingTarget"/>, divided by the max loss.</param>
/// <param name="Contracts">Suggested size: min(MaxContracts, ⌊MaxLossPerTrade / MaxLossPerContract⌋), ≥ 1.</param>
public sealed record TradePlan(
    IReadOnlyList<TradeLeg> Legs,
    DateOnly Expiration,
    int Dte,
    double NetPremium,
    double UnderlyingEntry,
    double UnderlyingStop,
    double UnderlyingTarget,
    double OptionEntry,
    double OptionStop,
    double OptionTarget,
    double? MaxProfitPerContract,
    double MaxLossPerContract,
    double Breakeven,
    double RewardToRisk,
    int Contracts);
