namespace Kapman.Recommendation.Decision.Trail;

/// <summary>The entry stages (docs/domain/decision-engine.md#the-stages, seed 003 §2.5); stage I (exits) runs elsewhere.</summary>
public enum GateStage
{
    /// <summary>A: universe and data availability.</summary>
    Universe,

    /// <summary>B: calendar (macro event windows).</summary>
    Calendar,

    /// <summary>C: liquidity, five factors.</summary>
    Liquidity,

    /// <summary>D: eligibility (DTE window).</summary>
    Eligibility,

    /// <summary>E: regime (VIX term structure, trend, VRP, ADX, IV rank).</summary>
    Regime,

    /// <summary>F: structure selection.</summary>
    Structure,

    /// <summary>G: corporate guard, POP, touch, EV_net, gamma-loss cap.</summary>
    CorporateAndEv,

    /// <summary>H: execution window.</summary>
    ExecutionWindow,
}
