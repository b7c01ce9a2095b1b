using Kapman.Recommendation.Decision.Inputs;

namespace Kapman.Recommendation.Decision.Structures;

/// <summary>Facts about each <see cref="StructureType"/>.</summary>
public static class StructureTypes
{
    /// <summary>The seed's enum value (docs/domain/decision-engine.md#f-structure-selection, seed 003 Appendix H), e.g. <c>iron_condor</c>.</summary>
    public static string Code(this StructureType type) => type switch
    {
        StructureType.IronCondor => "iron_condor",
        StructureType.CreditPutSpread => "credit_put_spread",
        StructureType.CreditCallSpread => "credit_call_spread",
        StructureType.IronFly => "iron_fly",
        StructureType.Butterfly => "butterfly",
        StructureType.CashSecuredPut => "cash_secured_put",
        StructureType.CoveredCall => "covered_call",
        StructureType.Wheel => "wheel",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Every accepted code, the aliases included: each <see cref="Code"/> and <c>iron_butterfly</c> (seed 003 Appendix H).</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Enum.GetValues<StructureType>().Select(Code), "iron_butterfly"];

    /// <summary>Parses a code (case-insensitive); <c>iron_butterfly</c> is an alias of <c>iron_fly</c> (see <see cref="StructureType"/>).</summary>
    public static bool TryParse(string? code, out StructureType type)
    {
        if (string.Equals(code, "iron_butterfly", StringComparison.OrdinalIgnoreCase))
        {
            type = StructureType.IronFly;
            return true;
        }

        foreach (var candidate in Enum.GetValues<StructureType>())
        {
            if (string.Equals(candidate.Code(), code, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>
    /// The structure actually traded: the wheel's mode (a covered call with at least 100 shares held, else a cash-secured put);
    /// every other type is itself.
    /// </summary>
    public static StructureType Resolve(this StructureType type, StockHolding? holding) => type == StructureType.Wheel
        ? holding is { CoversOneCall: true } ? StructureType.CoveredCall : StructureType.CashSecuredPut
        : type;

    /// <summary>
    /// True for credit (premium-selling) structures: those the corporate guard fails closed for (docs/domain/decision-engine.md#g-corporate-guard-and-ev,
    /// seed 003 §11 R9) and stage E's VRP rule judges ("negative VRP blocks credit selling", §2.5). The wheel sells premium in
    /// both modes. The debit butterfly is the only debit structure.
    /// </summary>
    public static bool IsCredit(this StructureType type) => type != StructureType.Butterfly;

    /// <summary>True when the structure sells or buys puts (stage F counts usable put strikes for it).</summary>
    public static bool HasPutSide(this StructureType type) =>
        type is StructureType.IronCondor or StructureType.CreditPutSpread or StructureType.IronFly or StructureType.CashSecuredPut;

    /// <summary>True when the structure sells or buys calls (stage F counts usable call strikes for it).</summary>
    public static bool HasCallSide(this StructureType type) =>
        type is StructureType.IronCondor or StructureType.CreditCallSpread or StructureType.IronFly or StructureType.Butterfly or StructureType.CoveredCall;

    /// <summary>
    /// True when Appendix C's POP, P(every sold leg expires out of the money), is the event of the full credit: the condor, the
    /// credit spreads and the cash-secured put. For the iron fly (its sold put and call share a strike, so the event has
    /// probability 0), the debit butterfly and the covered call (the shares' P&amp;L) stage G uses the probability of a profit
    /// at expiry instead (docs/domain/decision-engine.md#g-corporate-guard-and-ev).
    /// </summary>
    public static bool UsesSoldLegsPop(this StructureType type) =>
        type is StructureType.IronCondor or StructureType.CreditPutSpread or StructureType.CreditCallSpread or StructureType.CashSecuredPut;
}
