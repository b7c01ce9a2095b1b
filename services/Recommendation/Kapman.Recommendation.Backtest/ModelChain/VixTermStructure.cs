namespace Kapman.Recommendation.Backtest.ModelChain;

/// <summary>
/// The VIX term structure as a volatility curve (docs/domain/decision-engine.md#model-priced-chains): VIX is the 30-day and VIX3M the
/// 93-day volatility index (CBOE VIX and VIX3M methodology); between them total variance σ²T is interpolated linearly in T, the
/// interpolation the VIX itself uses between its two expirations (CBOE VIX white paper, step 3); outside, the nearer index is held flat.
/// </summary>
public static class VixTermStructure
{
    /// <summary>The VIX horizon, years (30 calendar days).</summary>
    public const double VixYears = 30d / 365d;

    /// <summary>The VIX3M horizon, years (93 calendar days).</summary>
    public const double Vix3MYears = 93d / 365d;

    /// <summary>
    /// The index-implied volatility at <paramref name="years"/>, annualised decimal, from VIX and VIX3M in index points. Without
    /// VIX3M the VIX is held flat.
    /// </summary>
    public static double Volatility(double vix, double? vix3M, double years)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(vix);
        var v1 = vix / 100d;
        if (vix3M is not { } v3m || !(v3m > 0) || years <= VixYears)
        {
            return v1;
        }

        var v2 = v3m / 100d;
        if (years >= Vix3MYears)
        {
            return v2;
        }

        var w = (years - VixYears) / (Vix3MYears - VixYears);
        var totalVariance = ((1 - w) * v1 * v1 * VixYears) + (w * v2 * v2 * Vix3MYears);
        return Math.Sqrt(totalVariance / years);
    }
}
