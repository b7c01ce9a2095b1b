using Kapman.Execution.Data;
using Kapman.MarketData;
using Kapman.OptionMath;
using CoreGreeks = Kapman.Execution.Core.Positions.OptionGreeks;

namespace Kapman.Execution.Positions;

/// <summary>
/// Per-share greeks of a stored contract for the position view. Delta is the stored chain's (the Options service's); gamma, theta per day
/// and vega per volatility point come from Black-Scholes-Merton (<see cref="BlackScholesMerton.Greeks"/>) at the volatility implied by the
/// stored mid (<see cref="ImpliedVolatilitySolver"/>), the session's stored spot, T = (expiry − session) / 365 (ACT/365, as the Options
/// service's ChainEnricher) and <see cref="PricingInputs.Default"/> (r 4.3 %, q 1.2 %). Null when the contract has no mid, no spot, is
/// expired at the session, or the volatility cannot be implied: such a leg is left out of the net greeks.
/// </summary>
public static class ModelGreeks
{
    /// <summary>The greeks of <paramref name="quote"/> at <paramref name="spot"/> $ per share, or null.</summary>
    public static CoreGreeks? Of(StoredQuote quote, double? spot)
    {
        ArgumentNullException.ThrowIfNull(quote);
        if (quote.Bid is not { } bid || quote.Ask is not { } ask || bid <= 0 || ask < bid || spot is not > 0 || quote.Strike <= 0)
        {
            return null;
        }

        var years = (quote.Expiration.DayNumber - quote.AsOf.DayNumber) / 365.0;
        var right = quote.Right == "call" ? OptionRight.Call : OptionRight.Put;
        var inputs = PricingInputs.Default;
        var solved = ImpliedVolatilitySolver.Solve(right, (bid + ask) / 2, spot.Value, quote.Strike, years, inputs.RiskFreeRate, inputs.DividendYield);
        if (solved.Volatility is not { } sigma)
        {
            return null;
        }

        var g = BlackScholesMerton.Greeks(right, spot.Value, quote.Strike, years, inputs.RiskFreeRate, inputs.DividendYield, sigma);
        return new CoreGreeks(quote.Delta ?? g.Delta, g.Gamma, g.ThetaPerDay, g.VegaPerVolPoint);
    }
}
