namespace Kapman.Options.Core;

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

        return Brent(Error, low, ImpliedVolatilitySolver.MaximumVolatility);
    }

    private static ImpliedVolatilityResult Brent(Func<double, double> f, double a, double b)
    {
        double fa = f(a), fb = f(b);
        if (fa > 0 || fb < 0)
        {
            return ImpliedVolatilityResult.Failed(ImpliedVolatilityFailure.NoConvergence);
        }

        double c = b, fc = fb, d = b - a, e = d;
        for (var iteration = 0; iteration < MaximumIterations; iteration++)
        {
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                (c, fc) = (a, fa);
                d = e = b - a;
            }

            if (Math.Abs(fc) < Math.Abs(fb))
            {
                (a, b, c) = (b, c, b);
                (fa, fb, fc) = (fb, fc, fb);
            }

            var tolerance = 2.0 * double.Epsilon + 0.5 * VolatilityTolerance;
            var half = 0.5 * (c - b);
            if (Math.Abs(half) <= tolerance || fb == 0)
            {
                return ImpliedVolatilityResult.Solved(b);
            }

            if (Math.Abs(e) >= tolerance && Math.Abs(fa) > Math.Abs(fb))
            {
                var s = fb / fa;
                double p, q;
                if (a == c)
                {
                    p = 2.0 * half * s;
                    q = 1.0 - s;
                }
                else
                {
                    var qa = fa / fc;
                    var r = fb / fc;
                    p = s * (2.0 * half * qa * (qa - r) - (b - a) * (r - 1.0));
                    q = (qa - 1.0) * (r - 1.0) * (s - 1.0);
                }

                if (p > 0)
                {
                    q = -q;
                }

                p = Math.Abs(p);
                if (2.0 * p < Math.Min(3.0 * half * q - Math.Abs(tolerance * q), Math.Abs(e * q)))
                {
                    e = d;
                    d = p / q;
                }
                else
                {
                    d = half;
                    e = d;
                }
            }
            else
            {
                d = half;
                e = d;
            }

            (a, fa) = (b, fb);
            b += Math.Abs(d) > tolerance ? d : Math.CopySign(tolerance, half);
            fb = f(b);
        }

        return ImpliedVolatilityResult.Failed(ImpliedVolatilityFailure.NoConvergence);
    }
}
