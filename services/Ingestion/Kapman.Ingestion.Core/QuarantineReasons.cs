namespace Kapman.Ingestion.Core;

/// <summary>Reason codes stored with every rejected row.</summary>
public static class QuarantineReasons
{
    /// <summary>The row does not have the header's 8 columns.</summary>
    public const string MalformedRow = "MALFORMED_ROW";

    /// <summary>A price, volume or timestamp is not a finite number.</summary>
    public const string NotANumber = "NOT_A_NUMBER";

    /// <summary>A price is zero or negative.</summary>
    public const string NonPositivePrice = "NON_POSITIVE_PRICE";

    /// <summary>Volume is negative.</summary>
    public const string NegativeVolume = "NEGATIVE_VOLUME";

    /// <summary>Volume is zero: nothing traded, so the prices are stale quotes, not a session's bar.</summary>
    public const string ZeroVolume = "ZERO_VOLUME";

    /// <summary>High is below max(open, close, low) or low is above min(open, close, high).</summary>
    public const string OhlcInvariant = "OHLC_INVARIANT";

    /// <summary>The ticker is not 1-12 characters of A-Z, a-z, 0-9, '.' or '-' starting with a capital letter.</summary>
    public const string BadTicker = "BAD_TICKER";

    /// <summary>The ticker appears more than once in the file; every copy is rejected, since none can be trusted over the others.</summary>
    public const string DuplicateTicker = "DUPLICATE_TICKER";

    /// <summary><c>window_start</c> is not midnight America/New_York of the file's session.</summary>
    public const string SessionMismatch = "SESSION_MISMATCH";
}
