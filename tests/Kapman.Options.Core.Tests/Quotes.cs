using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Options.Core.Tests;

/// <summary>Builds hand-made quotes for tests.</summary>
internal static class Quotes
{
    public static OptionQuote Make(
        OptionRight right,
        DateOnly expiration,
        double strike,
        double? bid = null,
        double? ask = null,
        double? last = null,
        long openInterest = 0,
        double? iv = null,
        Greeks? greeks = null)
    {
        var symbol = new OccSymbol("SPY", expiration, right, (decimal)strike).ToString();
        return new OptionQuote(
            symbol, "SPY", right, expiration, strike, 100, bid, ask, last, 0, openInterest, iv, greeks, greeks is null ? null : "feed");
    }
}
