using Kapman.OptionMath;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Thresholds;

namespace Kapman.Recommendation.Decisions;

/// <summary>The validated <see cref="DecisionOptions"/> and thresholds the daily run decides with.</summary>
/// <param name="Enabled">False to skip the core.</param>
/// <param name="Structures">Structures decided per underlying.</param>
/// <param name="Thresholds">Every stage's thresholds.</param>
/// <param name="DecisionMinutesBeforeClose">Decision instant = close minus this.</param>
/// <param name="Pricing">Risk-free rate and dividend yield.</param>
public sealed record DecisionSettings(
    bool Enabled, IReadOnlyList<StructureType> Structures, DecisionThresholds Thresholds, int DecisionMinutesBeforeClose, PricingInputs Pricing)
{
    /// <summary>
    /// The defaults: <see cref="DecisionOptions.DefaultStructures"/> (condor and the two credit spreads), the core's thresholds, 60
    /// minutes, <see cref="PricingInputs.Default"/>.
    /// </summary>
    public static DecisionSettings Default { get; } = new(
        true, DecisionOptions.DefaultStructures, DecisionThresholds.Default, 60, PricingInputs.Default);
}
