namespace Kapman.Recommendation.Backtest.ModelChain;

/// <summary>
/// Implied volatility by strike (docs/domain/decision-engine.md#model-priced-chains): IV(K, T) = σ_ATM(T) · clamp(1 + β·ln(K/S)/√T),
/// β = <see cref="ModelChainSettings.PutSkewSlope"/> below the spot and <see cref="ModelChainSettings.CallSkewSlope"/> at or above it,
/// σ_ATM(T) = ratio × the VIX term level (<see cref="VixTermStructure"/>). Linear in log-moneyness scaled by √T, the "sticky
/// moneyness" parameterisation whose slope is about constant across maturities (Gatheral, <i>The Volatility Surface</i>, 2006, ch. 3);
/// the calibration chain confirms it: the fitted put slope stays between −1.9 and −2.6 from 17 to 178 days.
/// </summary>
public static class SkewModel
{
    /// <summary>ATM implied volatility at <paramref name="years"/>, annualised decimal.</summary>
    public static double AtmVolatility(double vix, double? vix3M, double years, ModelChainSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.AtmToVixRatio * VixTermStructure.Volatility(vix, vix3M, years);
    }

    /// <summary>Implied volatility of strike <paramref name="strike"/>, annualised decimal.</summary>
    public static double Volatility(double atm, double spot, double strike, double years, ModelChainSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var moneyness = Math.Log(strike / spot) / Math.Sqrt(Math.Max(years, 1d / 365d));
        var slope = strike < spot ? settings.PutSkewSlope : settings.CallSkewSlope;
        return atm * Math.Clamp(1d + (slope * moneyness), settings.MinSkewFactor, settings.MaxSkewFactor);
    }
}
