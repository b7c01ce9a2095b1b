using Kapman.MarketData;

namespace Kapman.OptionMath.Probability;

/// <summary>
/// Probabilities of the terminal price S_T under the lognormal model of geometric Brownian motion,
/// dS = μ S dt + σ S dW: ln(S_T / S_0) ~ Normal((μ − σ²/2)·T, σ²·T). With z(K) = [ln(S_0/K) + (μ − σ²/2)·T] / (σ√T),
/// P(S_T &gt; K) = Φ(z(K)) — the N(d₂) of Black-Scholes when μ = r − q (Hull, <i>Options, Futures, and Other
/// Derivatives</i>, 10th ed., §15.8 "risk-neutral probability that the option is exercised"). Used for the
/// probability of profit (POP) of docs/domain/decision-engine.md#probability-of-profit (seed 003 §2.6, Appendix C).
/// Units: prices in $ per share, <c>years</c> in years (calendar days / 365), <c>drift</c> and <c>volatility</c> annualised
/// decimals (μ = r − q for the risk-neutral measure, or a real-world drift). Results are probabilities in [0, 1].
/// </summary>
public static class LognormalProbability
{
    /// <summary>P(S_T &gt; <paramref name="level"/>) = Φ(z(level)).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A price, the time or the volatility is not positive.</exception>
    public static double Above(double spot, double level, double years, double drift, double volatility)
    {
        Check(spot, level, years, volatility);
        return NormalDistribution.Cdf(Z(spot, level, years, drift, volatility));
    }

    /// <summary>P(S_T &lt; <paramref name="level"/>) = Φ(−z(level)).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A price, the time or the volatility is not positive.</exception>
    public static double Below(double spot, double level, double years, double drift, double volatility)
    {
        Check(spot, level, years, volatility);
        return NormalDistribution.Cdf(-Z(spot, level, years, drift, volatility));
    }

    /// <summary>
    /// P(<paramref name="lower"/> &lt; S_T &lt; <paramref name="upper"/>); a null bound is open (0 or +∞). The profit zone of a
    /// defined-risk structure between its breakevens: an iron condor has both, a credit put spread only the lower one, a credit
    /// call spread only the upper one.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A price, the time or the volatility is not positive, or lower ≥ upper.</exception>
    public static double Between(double spot, double? lower, double? upper, double years, double drift, double volatility)
    {
        if (lower is { } l && upper is { } u && l >= u)
        {
            throw new ArgumentOutOfRangeException(nameof(lower), lower, "The lower bound must be below the upper bound.");
        }

        var belowLower = lower is { } low ? Below(spot, low, years, drift, volatility) : 0d;
        var aboveUpper = upper is { } up ? Above(spot, up, years, drift, volatility) : 0d;
        return Math.Max(0d, 1d - belowLower - aboveUpper);
    }

    /// <summary>
    /// Probability of profit at expiry of one option leg bought or sold at <paramref name="premium"/> ($ per share): the
    /// breakeven is strike + premium for a call and strike − premium for a put; a long call profits above it, a short call
    /// below it, a long put below it, a short put above it. A put whose breakeven is not positive never profits when long
    /// (probability 0) and always profits when short (probability 1).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A price, the time or the volatility is not positive, or the premium is negative.</exception>
    public static double SingleLeg(
        OptionRight right, bool isLong, double strike, double premium, double spot, double years, double drift, double volatility)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(premium);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(strike);
        var breakeven = right == OptionRight.Call ? strike + premium : strike - premium;
        if (breakeven <= 0d)
        {
            return isLong ? 0d : 1d;
        }

        var above = Above(spot, breakeven, years, drift, volatility);
        var profitsAbove = (right == OptionRight.Call) == isLong;
        return profitsAbove ? above : 1d - above;
    }

    private static double Z(double spot, double level, double years, double drift, double volatility) =>
        (Math.Log(spot / level) + ((drift - (0.5 * volatility * volatility)) * years)) / (volatility * Math.Sqrt(years));

    private static void Check(double spot, double level, double years, double volatility)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(spot);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(level);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(volatility);
    }
}
