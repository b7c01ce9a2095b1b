using Kapman.OptionMath;

namespace Kapman.Execution.Core.Risk;

/// <summary>
/// Full revaluation of holdings under a scenario (docs/domain/risk-book.md#scenarios): each holding is priced by Black-Scholes-Merton
/// (<see cref="BlackScholesMerton.Price"/>) now, at (S, σ), and after the shock, at (S × (1 + move), max(σ + points ÷ 100, 0.01)), with
/// the same time to expiry, rate and dividend yield; the P&amp;L is Σ (after − now) × contracts × 100. Not the greeks' Taylor
/// approximation of the seed's <c>scenario_pnl</c>: the full repricing keeps what the approximation misses on large moves.
/// </summary>
public static class ScenarioRepricer
{
    /// <summary>The lowest volatility a shock may leave (1 volatility point).</summary>
    public const double VolatilityFloor = 0.01;

    /// <summary>The P&amp;L of <paramref name="holdings"/> (all on the underlying at <paramref name="spot"/>) in <paramref name="scenario"/>, dollars.</summary>
    public static double Pnl(IEnumerable<RiskHolding> holdings, double spot, RiskScenario scenario, PricingInputs pricing)
    {
        ArgumentNullException.ThrowIfNull(holdings);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(pricing);
        var shocked = spot * (1 + scenario.SpotMove);
        var pnl = 0.0;
        foreach (var h in holdings)
        {
            var now = BlackScholesMerton.Price(h.Right, spot, h.Strike, h.Years, pricing.RiskFreeRate, pricing.DividendYield, h.ImpliedVolatility);
            var sigma = Math.Max(h.ImpliedVolatility + (scenario.VolatilityPoints / 100.0), VolatilityFloor);
            var after = BlackScholesMerton.Price(h.Right, shocked, h.Strike, h.Years, pricing.RiskFreeRate, pricing.DividendYield, sigma);
            pnl += (after - now) * h.Contracts * ContractMultiplier.SharesPerContract;
        }

        return pnl;
    }
}
