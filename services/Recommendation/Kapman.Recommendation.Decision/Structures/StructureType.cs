namespace Kapman.Recommendation.Decision.Structures;

/// <summary>
/// The structures the decision core selects: every type of seed 003 Appendix H (docs/domain/decision-engine.md#f-structure-selection).
/// The seed lists <c>iron_fly</c> and <c>iron_butterfly</c> as two enum values (4 legs each, two selector functions) but defines
/// no difference between them; in market usage they name one structure (a short at-the-money straddle inside a long strangle),
/// so the core builds one, <see cref="IronFly"/>, and accepts <c>iron_butterfly</c> as an alias of its code
/// (<see cref="StructureTypes.TryParse"/>).
/// </summary>
public enum StructureType
{
    /// <summary><c>iron_condor</c>: short put spread + short call spread, 4 legs, one expiration.</summary>
    IronCondor,

    /// <summary><c>credit_put_spread</c>: sell a put, buy a lower put, 2 legs.</summary>
    CreditPutSpread,

    /// <summary><c>credit_call_spread</c>: sell a call, buy a higher call, 2 legs.</summary>
    CreditCallSpread,

    /// <summary>
    /// <c>iron_fly</c> (alias <c>iron_butterfly</c>): sell the at-the-money put and call at one strike, buy a lower put and a
    /// higher call, 4 legs, a credit.
    /// </summary>
    IronFly,

    /// <summary>
    /// <c>butterfly</c>, the seed's debit butterfly: buy a call below, sell two at-the-money calls, buy a call the same distance
    /// above; 3 legs (quantities +1, −2, +1), a debit.
    /// </summary>
    Butterfly,

    /// <summary><c>cash_secured_put</c>: sell one put with its strike × 100 held in cash, 1 leg, a credit.</summary>
    CashSecuredPut,

    /// <summary>
    /// <c>covered_call</c>: sell one call against 100 shares held (<see cref="Inputs.StockHolding"/>), 1 leg, a credit. Without
    /// the shares it is not eligible (stage D).
    /// </summary>
    CoveredCall,

    /// <summary>
    /// <c>wheel</c>: the seed's CSP → CC "dual mode" policy, not a structure of its own. With at least 100 shares held it trades
    /// a <see cref="CoveredCall"/>, otherwise a <see cref="CashSecuredPut"/> (<see cref="StructureTypes.Resolve"/>); the trail's
    /// stage D says which, and the candidate carries the resolved type.
    /// </summary>
    Wheel,
}
