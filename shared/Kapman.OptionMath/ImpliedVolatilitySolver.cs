using Kapman.MarketData;

namespace Kapman.OptionMath;

/// <summary>
/// Inverts <see cref="BlackScholesMerton.Price"/> for σ: Newton–Raphson on the vega, kept inside a bracket
/// that shrinks with every evaluation, falling back to bisection whenever the Newton step leaves the
/// bracket or stalls (a safeguarded Newton as in Press et al., "Numerical Recipes", 3rd ed., §9.4, rtsafe).
/// </summary>
public static class ImpliedVolatilitySolver
{
    /// <summary>Lower end of the search bracket: 0.01 % annualised.</summary>
    public const double MinimumVolatility = 1e-4;

    /// <summary>Upper end of the search bracket: 500 % annualised.</summary>
    public const double MaximumVolatility = 5.0;

    private const int MaximumIterations = 200;
    private const double VolatilityTolerance = 1e-12;

    /// <summary>Finds σ such that the model price of the option equals <paramref name="price"/>.</summary>
    /// <param name="right">Call or put.</param>
    /// <param name="price">Option premium in $ per share (a mid or last price).</param>
    /// <param name="spot">Underlying price in $ per share, positive.</param>
    /// <param name="strike">Strike in $ per share, positive.</param>
    /// <param name="years">Time to expiry in years (ACT/365).</param>
    /// <param name="rate">Continuously compounded risk-free rate, annual decimal.</param>
    /// <param name="dividendYield">Continuous dividend yield, annual decimal.</param>
    /// <returns>
    /// The volatility, or a failure in this order of checks: <see cref="ImpliedVolatilityFailure.Expired"/>
    /// (years ≤ 0), <see cref="ImpliedVolatilityFailure.NoPrice"/> (price ≤ 0 or not finite),
    /// <see cref="ImpliedVolatilityFailure.PriceBelowIntrinsic"/>, <see cref="ImpliedVolatilityFailure.PriceAboveUpperBound"/>,
    /// <see cref="ImpliedVolatilityFailure.NoConvergence"/> (the root lies outside [1e-4, 5] or was not found).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">spot, strike, rate or dividend yield invalid as in <see cref="BlackScholesMerton.Price"/>.</exception>
    public static ImpliedVolatilityResult Solve(OptionRight right, double price, double spot, double strike, double years, double rate, double dividendYield)
    {
        if (!(years > 0))
        {
            return ImpliedVolatilityResult.Failed(ImpliedVolatilityFailure.Expired);
        }

        if (!double.IsFinite(price) || price <= 0)
        {
            return ImpliedVolatilityResult.Failed(ImpliedVolatilityFailure.NoPrice);
        }

        var lowerBound = BlackScholesMerton.Price(right, spot, strike, years, rate, dividendYield, 0.0);
        if (price < lowerBound)
        {
            return ImpliedVolatilityResult.Failed(ImpliedVolatilityFailure.PriceBelowIntrinsic);
        }

        var upperBound = right == OptionRight.Call
            ? spot * Math.Exp(-dividendYield * years)
            : strike * Math.Exp(-rate * years);
        if (price >= upperBound)
        {
            return ImpliedVolatilityResult.Failed(ImpliedVolatilityFailure.PriceAboveUpperBound);
        }

        return SolveWithinBracket(right, price, spot, strike, years, rate, dividendYield);
    }

    /// <remarks>
    /// Each Newton step prices the option and takes its vega from one d1. The discount factors, ln(S/K) and √T do not
    /// depend on σ, so they are computed once per solve (the same expressions as <see cref="BlackScholesMerton.Price"/>).
    /// </remarks>
    private static ImpliedVolatilityResult SolveWithinBracket(OptionRight right, double price, double spot, double strike, double years, double rate, double dividendYield)
    {
        var discountedSpot = spot * Math.Exp(-dividendYield * years);
        var discountedStrike = strike * Math.Exp(-rate * years);
        var logMoneyness = Math.Log(spot / strike);
        var sqrtYears = Math.Sqrt(years);

        // Model price − target at σ, and the vega ∂price/∂σ = S e^(−qT) φ(d1) √T (per 1.00 of σ), with σ√T > 0 in the bracket.
        double Error(double sigma, out double vega)
        {
            var deviation = sigma * sqrtYears;
            var d1 = (logMoneyness + (rate - dividendYield + 0.5 * sigma * sigma) * years) / deviation;
            var d2 = d1 - deviation;
            vega = discountedSpot * NormalDistribution.Density(d1) * sqrtYears;
            var value = right == OptionRight.Call
                ? discountedSpot * NormalDistribution.Cdf(d1) - discountedStrike * NormalDistribution.Cdf(d2)
                : discountedStrike * NormalDistribution.Cdf(-d2) - discountedSpot * NormalDistribution.Cdf(-d1);
            return Math.Max(value, 0.0) - price;
        }

        var low = MinimumVolatility;
        var high = MaximumVolatility;
        var errorLow = Error(low, out _);
        var errorHigh = Error(high, out _);
        if (errorLow == 0)
        {
            return ImpliedVolatilityResult.Solved(low);
        }

        if (errorHigh == 0)
        {
            return ImpliedVolatilityResult.Solved(high);
        }

        if (errorLow > 0 || errorHigh < 0)
        {
            return ImpliedVolatilityResult.Failed(ImpliedVolatilityFailure.NoConvergence);
        }

        var sigma = InitialGuess(price, spot, strike, years, rate, dividendYield);
        for (var iteration = 0; iteration < MaximumIterations; iteration++)
        {
            var error = Error(sigma, out var vega);
            if (error == 0)
            {
                return ImpliedVolatilityResult.Solved(sigma);
            }

            if (error < 0)
            {
                low = sigma;
            }
            else
            {
                high = sigma;
            }

            var next = vega > 0 ? sigma - error / vega : double.NaN;
            if (!(next > low && next < high))
            {
                next = 0.5 * (low + high);
            }

            if (Math.Abs(next - sigma) <= VolatilityTolerance * Math.Max(1.0, sigma) || high - low <= VolatilityTolerance)
            {
                return ImpliedVolatilityResult.Solved(next);
            }

            sigma = next;
        }

        return ImpliedVolatilityResult.Failed(ImpliedVolatilityFailure.NoConvergence);
    }

    /// <summary>
    /// Brenner–Subrahmanyam (1988) σ ≈ √(2π/T) · price / S for at-the-money options, widened by the
    /// Manaster–Koehler (1982) term √(2 |ln(F/K)| / T) for the others, clamped into the bracket.
    /// </summary>
    private static double InitialGuess(double price, double spot, double strike, double years, double rate, double dividendYield)
    {
        var forward = spot * Math.Exp((rate - dividendYield) * years);
        var atTheMoney = Math.Sqrt(2.0 * Math.PI / years) * price / spot;
        var moneyness = Math.Sqrt(2.0 * Math.Abs(Math.Log(forward / strike)) / years);
        var guess = Math.Max(atTheMoney, moneyness);
        return Math.Clamp(guess, 0.05, 2.0);
    }
}
