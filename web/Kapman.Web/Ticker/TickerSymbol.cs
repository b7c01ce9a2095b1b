using System.Text.RegularExpressions;

namespace Kapman.Web.Ticker;

/// <summary>Validates ticker symbols taken from URLs before they reach any API path.</summary>
public static partial class TickerSymbol
{
    /// <summary>1-10 upper-case letters, digits, dots or hyphens (e.g. SPY, BRK.B).</summary>
    public static bool IsValid(string? ticker) => ticker is not null && Pattern().IsMatch(ticker);

    [GeneratedRegex("^[A-Z0-9.-]{1,10}$")]
    private static partial Regex Pattern();
}
