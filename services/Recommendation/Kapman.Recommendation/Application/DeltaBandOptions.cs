using Kapman.Recommendation.Core.Strategies;

namespace Kapman.Recommendation.Application;

/// <summary>A delta band of <see cref="StrategyOptions"/>: |delta| per share, 0 ≤ Min ≤ Target ≤ Max ≤ 1.</summary>
public sealed class DeltaBandOptions
{
    /// <summary>Smallest accepted |delta|.</summary>
    public double Min { get; set; }

    /// <summary>The |delta| sought.</summary>
    public double Target { get; set; }

    /// <summary>Largest accepted |delta|.</summary>
    public double Max { get; set; }

    /// <summary>True when 0 ≤ Min ≤ Target ≤ Max ≤ 1.</summary>
    public bool IsValid => Min >= 0 && Min <= Target && Target <= Max && Max <= 1;

    /// <summary>The options of <paramref name="band"/>.</summary>
    public static DeltaBandOptions From(DeltaBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        return new DeltaBandOptions { Min = band.Min, Target = band.Target, Max = band.Max };
    }

    /// <summary>The band these options describe.</summary>
    public DeltaBand ToBand() => new(Min, Target, Max);
}
