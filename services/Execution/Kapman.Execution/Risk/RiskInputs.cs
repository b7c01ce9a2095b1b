using Kapman.Execution.Core.Risk;
using Kapman.Execution.Data;
using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Execution.Risk;

/// <summary>
/// Turns stored quotes into risk-book holdings, as <see cref="Positions.ModelGreeks"/> marks positions: σ implied by the stored mid
/// (<see cref="ImpliedVolatilitySolver"/>) at the session's spot, T = (expiry − session) ÷ 365, r and q of <see cref="PricingInputs.Default"/>.
/// A contract without a two-sided quote, a spot, time left or a solvable σ gives no holding (counted unpriced by the caller).
/// </summary>
public static class RiskInputs
{
    /// <summary>The holding of <paramref name="contracts"/> signed contracts of <paramref name="quote"/>, or null.</summary>
    public static RiskHolding? Holding(StoredQuote quote, int contracts, double? spot)
    {
        ArgumentNullException.ThrowIfNull(quote);
        if (quote.Bid is not { } bid || quote.Ask is not { } ask || bid <= 0 || ask < bid || spot is not > 0 || quote.Strike <= 0)
        {
            return null;
        }

        var years = (quote.Expiration.DayNumber - quote.AsOf.DayNumber) / 365.0;
        if (years <= 0)
        {
            return null;
        }

        var right = quote.Right == "call" ? OptionRight.Call : OptionRight.Put;
        var inputs = PricingInputs.Default;
        var solved = ImpliedVolatilitySolver.Solve(right, (bid + ask) / 2, spot.Value, quote.Strike, years, inputs.RiskFreeRate, inputs.DividendYield);
        return solved.Volatility is { } sigma && sigma > 0 ? new RiskHolding(quote.Underlying, quote.OccSymbol, right, quote.Strike, years, contracts, sigma) : null;
    }
}
