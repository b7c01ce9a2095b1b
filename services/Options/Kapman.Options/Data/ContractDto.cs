namespace Kapman.Options.Data;

/// <summary>
/// A stored contract: prices in dollars per share, IV annualised decimal, theta per calendar day, vega and rho per 1 point (rho NaN when the feed gave the greeks without one);
/// PricingModel is the model behind the computed IV and greeks (<see cref="Kapman.Options.Core.PricingModel"/>), null when none.
/// </summary>
public sealed record ContractDto(
    string OccSymbol, string Right, DateOnly Expiration, double Strike, double? Bid, double? Ask, double? Last, long Volume, long OpenInterest,
    double? Iv, string IvSource, double? Delta, double? Gamma, double? Theta, double? Vega, double? Rho, string GreeksSource, int Dte, string? PricingModel);
