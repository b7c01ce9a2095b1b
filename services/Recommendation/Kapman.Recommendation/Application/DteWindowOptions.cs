using Kapman.Recommendation.Core.Strategies;

namespace Kapman.Recommendation.Application;

/// <summary>A DTE window of <see cref="StrategyOptions"/>: calendar days to expiry, both ends inclusive, 0 ≤ Min ≤ Max.</summary>
public sealed class DteWindowOptions
{
    /// <summary>Fewest calendar days to expiry.</summary>
    public int Min { get; set; }

    /// <summary>Most calendar days to expiry.</summary>
    public int Max { get; set; }

    /// <summary>True when 0 ≤ Min ≤ Max.</summary>
    public bool IsValid => Min >= 0 && Min <= Max;

    /// <summary>The options of <paramref name="window"/>.</summary>
    public static DteWindowOptions From(DteWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return new DteWindowOptions { Min = window.Min, Max = window.Max };
    }

    /// <summary>The window these options describe.</summary>
    public DteWindow ToWindow() => new(Min, Max);
}
