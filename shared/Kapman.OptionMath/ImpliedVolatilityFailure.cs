namespace Kapman.OptionMath;

/// <summary>Reason codes of <see cref="ImpliedVolatilityResult.FailureReason"/> (also the IV failure reasons of the Options service's chain enricher).</summary>
public static class ImpliedVolatilityFailure
{
    /// <summary>The price is below the European lower bound max(±(S e^(−qT) − K e^(−rT)), 0).</summary>
    public const string PriceBelowIntrinsic = "PRICE_BELOW_INTRINSIC";

    /// <summary>There is no usable price: missing, zero, negative or not finite.</summary>
    public const string NoPrice = "NO_PRICE";

    /// <summary>The option has no time left (T ≤ 0), so no volatility can be implied.</summary>
    public const string Expired = "EXPIRED";

    /// <summary>
    /// The price lies within the no-arbitrage bounds but no volatility in
    /// [<see cref="ImpliedVolatilitySolver.MinimumVolatility"/>, <see cref="ImpliedVolatilitySolver.MaximumVolatility"/>]
    /// reproduces it to tolerance.
    /// </summary>
    public const string NoConvergence = "NO_CONVERGENCE";

    /// <summary>The price is at or above the no-arbitrage upper bound (call S e^(−qT), put K e^(−rT)).</summary>
    public const string PriceAboveUpperBound = "PRICE_ABOVE_UPPER_BOUND";
}
