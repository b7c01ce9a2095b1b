using Kapman.Recommendation.Decision.Ev;
using Kapman.Recommendation.Decision.Thresholds;

namespace Kapman.Recommendation.Decisions;

/// <summary>
/// Binds <see cref="DecisionThresholds"/> from <c>Kapman:Recommendation:Decision</c>: one sub-section per stage record, each key
/// optional (a missing key keeps the record's documented default, docs/domain/decision-engine.md#thresholds).
/// </summary>
public static class DecisionThresholdsBinder
{
    /// <summary>The thresholds of <paramref name="section"/>.</summary>
    public static DecisionThresholds Bind(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var universe = section.GetSection("Universe");
        return new DecisionThresholds(
            new UniverseThresholds(
                universe.GetSection("Tickers").Get<string[]>() ?? [],
                universe.GetValue("MinExpirations", UniverseThresholds.Default.MinExpirations)),
            section.GetSection("Liquidity").Get<LiquidityThresholds>() ?? new LiquidityThresholds(),
            section.GetSection("Dte").Get<DteThresholds>() ?? new DteThresholds(),
            section.GetSection("Regime").Get<RegimeThresholds>() ?? new RegimeThresholds(),
            section.GetSection("Structure").Get<StructureThresholds>() ?? new StructureThresholds(),
            section.GetSection("Guard").Get<GuardThresholds>() ?? new GuardThresholds(),
            section.GetSection("Friction").Get<FrictionModel>() ?? new FrictionModel(),
            section.GetSection("Execution").Get<ExecutionThresholds>() ?? new ExecutionThresholds());
    }

    /// <summary>Why <paramref name="thresholds"/> cannot run, or null when they can.</summary>
    public static string? Problem(DecisionThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var (dte, structure, friction) = (thresholds.Dte, thresholds.Structure, thresholds.Friction);
        return dte.MinDte < 0 || dte.MaxDte < dte.MinDte ? DecisionOptions.Section + ":Dte needs 0 <= MinDte <= MaxDte."
            : structure.ShortDelta is <= 0 or >= 1 ? DecisionOptions.Section + ":Structure:ShortDelta must be between 0 and 1."
            : structure.BodyDelta is <= 0 or >= 1 ? DecisionOptions.Section + ":Structure:BodyDelta must be between 0 and 1."
            : structure.WingWidth <= 0 ? DecisionOptions.Section + ":Structure:WingWidth must be above 0 ($ per share)."
            : friction.Multiplier <= 0 || friction.CommissionPerContract < 0 || friction.FeesPerContract < 0 || friction.SlippageFractionOfHalfSpread < 0
                ? DecisionOptions.Section + ":Friction needs Multiplier > 0 and non-negative commission, fees and slippage."
            : null;
    }
}
