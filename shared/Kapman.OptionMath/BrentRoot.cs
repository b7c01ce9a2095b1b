namespace Kapman.OptionMath;

/// <summary>
/// Brent's root finder (Brent 1973; Press et al., "Numerical Recipes", 3rd ed., §9.3, zbrent) for a volatility
/// σ with price error f(σ) increasing: f(a) ≤ 0 ≤ f(b) is required.
/// </summary>
internal static class BrentRoot
{
    /// <summary>The root of <paramref name="f"/> in [<paramref name="a"/>, <paramref name="b"/>], or <see cref="ImpliedVolatilityFailure.NoConvergence"/>
    /// when the bracket does not hold a sign change or the iterations run out.</summary>
    public static ImpliedVolatilityResult Solve(Func<double, double> f, double a, double b, double volatilityTolerance, int maximumIterations)
    {
        double fa = f(a), fb = f(b);
        if (fa > 0 || fb < 0)
        {
            return ImpliedVolatilityResult.Failed(ImpliedVolatilityFailure.NoConvergence);
        }

        double c = b, fc = fb, d = b - a, e = d;
        for (var iteration = 0; iteration < maximumIterations; iteration++)
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

            var tolerance = 2.0 * double.Epsilon + 0.5 * volatilityTolerance;
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
