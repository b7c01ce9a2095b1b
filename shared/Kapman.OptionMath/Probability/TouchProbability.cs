namespace Kapman.OptionMath.Probability;

/// <summary>
/// Probability of touch: the chance that geometric Brownian motion dS = μ S dt + σ S dW, started at S_0, reaches the
/// barrier H at least once before T. With X_t = ln(S_t/S_0) = ν t + σ W_t, ν = μ − σ²/2 and b = ln(H/S_0), the first
/// law of the running maximum of Brownian motion with drift (Shreve, <i>Stochastic Calculus for Finance II</i>, §7.2, from
/// the reflection principle of §3.7 and Girsanov's theorem) gives, for an upper barrier (b &gt; 0),
/// P = Φ((−b + νT)/(σ√T)) + e^(2νb/σ²)·Φ((−b − νT)/(σ√T)), and for a lower barrier (b &lt; 0), by reflection,
/// P = Φ((b − νT)/(σ√T)) + e^(2νb/σ²)·Φ((b + νT)/(σ√T)). Driftless (ν = 0) both reduce to 2·Φ(−|b|/(σ√T)), the
/// "touch ≈ twice the chance of finishing beyond" rule. Monitoring is continuous. Units as in <see cref="LognormalProbability"/>.
/// Cited by docs/domain/decision-engine.md#probability-of-touch (seed 003 §2.6 "POP/POT").
/// </summary>
public static class TouchProbability
{
    /// <summary>P(S_t = <paramref name="barrier"/> for some t ≤ T); 1 when the barrier is the spot.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A price, the time or the volatility is not positive.</exception>
    public static double Touch(double spot, double barrier, double years, double drift, double volatility)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(spot);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(barrier);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(volatility);

        var b = Math.Log(barrier / spot);
        if (b == 0d)
        {
            return 1d;
        }

        var nu = drift - (0.5 * volatility * volatility);
        var sd = volatility * Math.Sqrt(years);
        var reflection = Math.Exp(2d * nu * b / (volatility * volatility));
        var p = b > 0d
            ? NormalDistribution.Cdf((-b + (nu * years)) / sd) + (reflection * NormalDistribution.Cdf((-b - (nu * years)) / sd))
            : NormalDistribution.Cdf((b - (nu * years)) / sd) + (reflection * NormalDistribution.Cdf((b + (nu * years)) / sd));
        return Math.Clamp(p, 0d, 1d);
    }
}
