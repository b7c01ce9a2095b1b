using Kapman.MarketData;

namespace Kapman.OptionMath;

/// <summary>
/// Inverts <see cref="AmericanBinomial.Price"/> for σ with Brent's method (Brent 1973; Press et al.,
/// "Numerical Recipes", 3rd ed., §9.3), bracketed on
/// [<see cref="ImpliedVolatilitySolver.MinimumVolatility"/>, <see cref="ImpliedVolatilitySolver.MaximumVolatility"/>].
/// </summary>
public static class AmericanImpliedVolatilitySolver
{
    private const int MaximumIterations = 100;
    private const double VolatilityTolerance = 1e-8;

    /// <summary>Finds σ such that the American tree value equals <paramref name="price"/> (inputs as in <see cref="ImpliedVolatilitySolver.Solve"/>).</summary>
    /// <param name="steps">Time steps of the tree (see <see cref="AmericanBinomial.DefaultSteps"/>).</param>
    /// <returns>
    /// The volatility, or a failure in this order of checks: <see cref="ImpliedVolatilityFailure.Expired"/> (years ≤ 0),
    /// <see cref="ImpliedVolatilityFailure.NoPrice"/>, <see cref="ImpliedVolatilityFailure.PriceBelowIntrinsic"/>
    /// (below max(±(S − K), 0), early exercise being allowed, or below the tree value at its lowest usable volatility
    /// <see cref="AmericanBinomial.MinimumVolatility"/>), <see cref="ImpliedVolatilityFailure.PriceAboveUpperBound"/>
    /// (call ≥ S, put ≥ K), <see cref="ImpliedVolatilityFailure.NoConvergence"/>.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">spot, strike, rate, dividend yield or steps invalid as in <see cref="AmericanBinomial.Price"/>.</exception>
    public static ImpliedVolatilityResult Solve(
        OptionRight right, double price, double spot, double strike, double years, double rate, double dividendYield, int steps = AmericanBinomial.DefaultSteps)
    {
        if (!(years > 0))
        {
            return ImpliedVolatilityResult.Failed(ImpliedVolatilityFailure.Expired);
        }

        if (!double.IsFinite(price) || price <= 0)
        {
            return ImpliedVolatilityResult.Failed(ImpliedVolatilityFailure.NoPrice);
        }

        if (price < Math.Max(right == OptionRight.Call ? spot - strike : strike - spot, 0.0))
        {
            return ImpliedVolatilityResult.Failed(ImpliedVolatilityFailure.PriceBelowIntrinsic);
        }

        if (price >= (right == OptionRight.Call ? spot : strike))
        {
            return ImpliedVolatilityResult.Failed(ImpliedVolatilityFailure.PriceAboveUpperBound);
        }

        double Error(double sigma) => AmericanBinomial.Price(right, spot, strike, years, rate, dividendYield, sigma, steps) - price;
        var low = AmericanBinomial.MinimumVolatility(years, rate, dividendYield, steps);
        if (Error(low) > 0)
        {
            return ImpliedVolatilityResult.Failed(ImpliedVolatilityFailure.PriceBelowIntrinsic);
        }

        return BrentRoot.Solve(Error, low, ImpliedVolatilitySolver.MaximumVolatility, VolatilityTolerance, MaximumIterations);
    }
}
