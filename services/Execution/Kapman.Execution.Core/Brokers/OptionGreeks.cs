namespace Kapman.Execution.Core.Brokers;

/// <summary>
/// Greeks and implied volatility as the broker reports them with a chain (Tradier <c>greeks=true</c>, computed by ORATS and updated about
/// once an hour); Kapman's own greeks come from the Options service, these are the broker's view for execution checks.
/// </summary>
/// <param name="Delta">Change of the option price per $1 of the underlying.</param>
/// <param name="Gamma">Change of delta per $1 of the underlying.</param>
/// <param name="Theta">Change of the option price per day, in $ per share.</param>
/// <param name="Vega">Change of the option price per volatility point, in $ per share.</param>
/// <param name="Rho">Change of the option price per rate point, in $ per share.</param>
/// <param name="BidIv">Implied volatility at the bid, a fraction (0.25 = 25 %), or null.</param>
/// <param name="MidIv">Implied volatility at the mid, a fraction, or null.</param>
/// <param name="AskIv">Implied volatility at the ask, a fraction, or null.</param>
public sealed record OptionGreeks(decimal? Delta, decimal? Gamma, decimal? Theta, decimal? Vega, decimal? Rho, decimal? BidIv, decimal? MidIv, decimal? AskIv);
