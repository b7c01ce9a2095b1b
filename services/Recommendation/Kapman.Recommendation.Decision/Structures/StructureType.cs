namespace Kapman.Recommendation.Decision.Structures;

/// <summary>
/// The structures the decision core selects (docs/domain/decision-engine.md#f-structure-selection, seed 003 Appendix H). The
/// other types of Appendix H (iron fly, iron butterfly, debit butterfly, cash-secured put, covered call, the wheel) are not
/// built yet.
/// </summary>
public enum StructureType
{
    /// <summary><c>iron_condor</c>: short put spread + short call spread, 4 legs, one expiration.</summary>
    IronCondor,

    /// <summary><c>credit_put_spread</c>: sell a put, buy a lower put, 2 legs.</summary>
    CreditPutSpread,

    /// <summary><c>credit_call_spread</c>: sell a call, buy a higher call, 2 legs.</summary>
    CreditCallSpread,
}
