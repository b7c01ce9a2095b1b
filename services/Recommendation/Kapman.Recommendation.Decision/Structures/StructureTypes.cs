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
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>True for credit (premium-selling) structures: those the corporate guard fails closed for (docs/domain/decision-engine.md#g-corporate-guard-and-ev, seed 003 §11 R9).</summary>
    public static bool IsCredit(this StructureType type) => type is StructureType.IronCondor or StructureType.CreditPutSpread or StructureType.CreditCallSpread;

    /// <summary>True when the structure sells puts.</summary>
    public static bool HasPutSide(this StructureType type) => type is StructureType.IronCondor or StructureType.CreditPutSpread;

    /// <summary>True when the structure sells calls.</summary>
    public static bool HasCallSide(this StructureType type) => type is StructureType.IronCondor or StructureType.CreditCallSpread;
}
