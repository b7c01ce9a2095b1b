using Kapman.Recommendation.Decision.Ev;

namespace Kapman.Recommendation.Decision.Thresholds;

/// <summary>Every configured threshold of the pipeline, per stage (docs/domain/decision-engine.md#thresholds).</summary>
public sealed record DecisionThresholds(
    UniverseThresholds Universe,
    LiquidityThresholds Liquidity,
    DteThresholds Dte,
    RegimeThresholds Regime,
    StructureThresholds Structure,
    GuardThresholds Guard,
    FrictionModel Friction,
    ExecutionThresholds Execution)
{
    /// <summary>The defaults documented on each record.</summary>
    public static DecisionThresholds Default { get; } = new(
        UniverseThresholds.Default, new LiquidityThresholds(), new DteThresholds(), new RegimeThresholds(),
        new StructureThresholds(), new GuardThresholds(), new FrictionModel(), new ExecutionThresholds());
}
