namespace Kapman.Options.Core;

/// <summary>How far dealer metrics can be trusted (see <see cref="DealerPositioningCalculator"/>).</summary>
public static class DealerStatus
{
    /// <summary>At least 25 eligible contracts and non-zero GEX.</summary>
    public const string Full = "FULL";

    /// <summary>1–24 eligible contracts, or 25+ whose GEX sums to zero.</summary>
    public const string Limited = "LIMITED";

    /// <summary>No eligible contract, or no spot price.</summary>
    public const string Invalid = "INVALID";
}
