namespace Kapman.Options.Core;

/// <summary>Reason codes of <see cref="SkippedContract.Reason"/> written by <see cref="PolygonSnapshotReader"/>.</summary>
public static class SkipReason
{
    /// <summary>The row is not an object or has no <c>details</c> object.</summary>
    public const string MissingDetails = "MISSING_DETAILS";

    /// <summary><c>details.ticker</c> is missing or not an OCC symbol.</summary>
    public const string BadTicker = "BAD_TICKER";

    /// <summary><c>details.contract_type</c> is not "call" or "put".</summary>
    public const string BadContractType = "BAD_CONTRACT_TYPE";

    /// <summary><c>details.expiration_date</c> is missing or not yyyy-MM-dd.</summary>
    public const string BadExpiration = "BAD_EXPIRATION";

    /// <summary><c>details.strike_price</c> is missing, not positive or not finite.</summary>
    public const string BadStrike = "BAD_STRIKE";

    /// <summary><c>details.shares_per_contract</c> is missing or not a positive integer.</summary>
    public const string BadSharesPerContract = "BAD_SHARES_PER_CONTRACT";

    /// <summary>The OCC ticker disagrees with <c>details</c> (right, expiration or strike).</summary>
    public const string TickerMismatch = "TICKER_MISMATCH";

    /// <summary><c>underlying_asset.ticker</c> names another underlying than the one requested.</summary>
    public const string UnderlyingMismatch = "UNDERLYING_MISMATCH";

    /// <summary>A numeric field holds something that is not a number (e.g. a string).</summary>
    public const string BadNumber = "BAD_NUMBER";

    /// <summary>The OCC symbol occurred earlier in the same snapshot; the first occurrence is kept (the symbol is the stored key).</summary>
    public const string DuplicateSymbol = "DUPLICATE_SYMBOL";
}
