using Kapman.OptionMath;

namespace Kapman.Options.Core;

/// <summary>A contract with the volatility and greeks used downstream, and where they came from.</summary>
/// <param name="Quote">The contract as read from the feed.</param>
/// <param name="ImpliedVolatility">Annualised implied volatility, or null when none could be had.</param>
/// <param name="IvSource">"feed" (the quote's IV), "computed" (solved from the price) or "none".</param>
/// <param name="IvFailureReason">
/// An <see cref="ImpliedVolatilityFailure"/> code, or <see cref="ModelFailure.ModelError"/> when the model threw, when <paramref name="IvSource"/> is "none", else null.
/// </param>
/// <param name="Greeks">Greeks per share (see <see cref="Kapman.OptionMath.Greeks"/> for units), or null.</param>
/// <param name="GreeksSource">"feed", "computed" (Black–Scholes–Merton with <paramref name="ImpliedVolatility"/>) or "none".</param>
/// <param name="DaysToExpiry">Calendar days from the snapshot's session date to the expiration (0 on expiry day, negative if past).</param>
public sealed record EnrichedContract(
    OptionQuote Quote,
    double? ImpliedVolatility,
    string IvSource,
    string? IvFailureReason,
    Greeks? Greeks,
    string GreeksSource,
    int DaysToExpiry)
{
    /// <summary>
    /// The model behind the computed IV and greeks, a <see cref="Core.PricingModel"/> value ("feed", "bsm", "american-bsm",
    /// "american-crr"), or null when the contract has neither.
    /// </summary>
    public string? PricingModel { get; init; }
}
