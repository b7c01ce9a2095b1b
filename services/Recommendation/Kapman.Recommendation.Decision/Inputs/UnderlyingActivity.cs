namespace Kapman.Recommendation.Decision.Inputs;

/// <summary>The underlying's traded volume against its average, for liquidity factor 4 (docs/domain/decision-engine.md#c-liquidity, seed 003 §2.5 stage C).</summary>
/// <param name="Volume">Shares traded in the session so far.</param>
/// <param name="AverageVolume">The comparable average, shares: the caller pro-rates a daily average to the time of day intraday.</param>
public sealed record UnderlyingActivity(double Volume, double AverageVolume)
{
    /// <summary>Volume / average; null when the average is not positive.</summary>
    public double? Ratio => AverageVolume > 0 ? Volume / AverageVolume : null;
}
