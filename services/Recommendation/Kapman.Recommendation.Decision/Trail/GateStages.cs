namespace Kapman.Recommendation.Decision.Trail;

/// <summary>Letters of the stages.</summary>
public static class GateStages
{
    /// <summary>The seed's letter, "A".."H".</summary>
    public static string Code(this GateStage stage) => stage switch
    {
        GateStage.Universe => "A",
        GateStage.Calendar => "B",
        GateStage.Liquidity => "C",
        GateStage.Eligibility => "D",
        GateStage.Regime => "E",
        GateStage.Structure => "F",
        GateStage.CorporateAndEv => "G",
        GateStage.ExecutionWindow => "H",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
