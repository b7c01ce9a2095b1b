namespace Kapman.Options.Core;

/// <summary>
/// Why <see cref="DealerEligibility"/> excluded a contract from dealer metrics. A contract is counted under the
/// first reason that applies, in the order of the constants below.
/// </summary>
public static class EligibilityReason
{
    /// <summary>Fewer than 1 calendar day to expiry (expiring today or already expired).</summary>
    public const string ExpiresWithinADay = "DTE_BELOW_1";

    /// <summary>Open interest is 0: no position for dealers to hedge.</summary>
    public const string NoOpenInterest = "NO_OPEN_INTEREST";

    /// <summary>Bid missing, zero or negative: no two-sided market.</summary>
    public const string NoBid = "NO_BID";

    /// <summary>Bid above ask: a crossed, unusable quote.</summary>
    public const string CrossedQuote = "BID_ABOVE_ASK";

    /// <summary>IV missing or outside (0.01, 3): not a believable volatility.</summary>
    public const string IvOutOfRange = "IV_OUT_OF_RANGE";

    /// <summary>No greeks, or |delta| ≥ 0.95: a deep in-the-money contract that carries almost no gamma.</summary>
    public const string DeltaOutOfRange = "DELTA_OUT_OF_RANGE";
}
