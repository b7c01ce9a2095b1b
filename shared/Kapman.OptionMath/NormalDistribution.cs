namespace Kapman.OptionMath;

/// <summary>The standard normal density and cumulative distribution.</summary>
internal static class NormalDistribution
{
    private const double InverseSqrtTwoPi = 0.398942280401432677940;
    private const double SqrtTwoPi = 2.506628274631;

    /// <summary>φ(x) = e^(−x²/2) / √(2π).</summary>
    public static double Density(double x) => InverseSqrtTwoPi * Math.Exp(-0.5 * x * x);

    /// <summary>
    /// Φ(x) by Hart's (1968) double-precision algorithm as given by G. West, "Better approximations to
    /// cumulative normal functions", Wilmott Magazine 2005: absolute error below 1e-15 everywhere.
    /// </summary>
    public static double Cdf(double x)
    {
        var a = Math.Abs(x);
        double tail;
        if (a > 37.0)
        {
            tail = 0.0;
        }
        else if (a < 7.07106781186547)
        {
            var numerator = (((((0.0352624965998911 * a + 0.700383064443688) * a + 6.37396220353165) * a
                + 33.912866078383) * a + 112.079291497871) * a + 221.213596169931) * a + 220.206867912376;
            var denominator = ((((((0.0883883476483184 * a + 1.75566716318264) * a + 16.064177579207) * a
                + 86.7807322029461) * a + 296.564248779674) * a + 637.333633378831) * a + 793.826512519948) * a
                + 440.413735824752;
            tail = Math.Exp(-0.5 * a * a) * numerator / denominator;
        }
        else
        {
            var fraction = a + 1.0 / (a + 2.0 / (a + 3.0 / (a + 4.0 / (a + 0.65))));
            tail = Math.Exp(-0.5 * a * a) / fraction / SqrtTwoPi;
        }

        return x > 0 ? 1.0 - tail : tail;
    }
}
