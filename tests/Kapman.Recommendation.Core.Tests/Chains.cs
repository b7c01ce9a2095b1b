using System.Globalization;
using Kapman.MarketData;

namespace Kapman.Recommendation.Core.Tests;

/// <summary>Builds test contracts; the session is 2025-08-26.</summary>
internal static class Chains
{
    public static readonly DateOnly Session = new(2025, 8, 26);

    public static DateOnly InDays(int days) => Session.AddDays(days);

    public static ChainContract Call(int dte, double strike, double? delta, double? bid = 1.0, double? ask = 1.1, long openInterest = 100) =>
        Make(OptionRight.Call, dte, strike, delta, bid, ask, openInterest);

    public static ChainContract Put(int dte, double strike, double? delta, double? bid = 1.0, double? ask = 1.1, long openInterest = 100) =>
        Make(OptionRight.Put, dte, strike, delta, bid, ask, openInterest);

    private static ChainContract Make(OptionRight right, int dte, double strike, double? delta, double? bid, double? ask, long openInterest)
    {
        var expiration = InDays(dte);
        var symbol = new OccSymbol("SPY", expiration, right, decimal.Parse(strike.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        return new ChainContract(symbol.ToString(), right, expiration, strike, bid, ask, delta, openInterest);
    }
}
