using System.Globalization;
using System.Text.Json;

namespace Kapman.Web.Tests;

/// <summary>
/// A sample-sized SPY chain for timing (the sample data's SPY chain of 2025-08-26 holds 7,011 contracts): 30 weekly
/// expirations x 117 strikes (580..696 step 1) x call and put = 7,020 contracts, as the options API's JSON.
/// </summary>
public static class SyntheticChain
{
    /// <summary>The chain as JSON.</summary>
    public static string SpyJson { get; } = Build();

    private static string Build()
    {
        var session = new DateOnly(2025, 8, 26);
        var contracts = new List<object>();
        for (var week = 0; week < 30; week++)
        {
            var expiration = new DateOnly(2025, 8, 29).AddDays(7 * week);
            var dte = expiration.DayNumber - session.DayNumber;
            for (var strike = 580; strike <= 696; strike++)
            {
                foreach (var right in new[] { "call", "put" })
                {
                    var occ = string.Create(CultureInfo.InvariantCulture, $"SPY{expiration:yyMMdd}{(right == "call" ? 'C' : 'P')}{strike * 1000:00000000}");
                    contracts.Add(new
                    {
                        occSymbol = occ, right, expiration, strike = (double)strike, bid = 1.0, ask = 1.1, last = 1.05, volume = 10, openInterest = 100,
                        iv = 0.18, ivSource = "computed", delta = right == "call" ? 0.5 : -0.5, gamma = 0.01, theta = -0.05, vega = 0.3,
                        greeksSource = "computed", dte,
                    });
                }
            }
        }

        return JsonSerializer.Serialize(contracts);
    }
}
