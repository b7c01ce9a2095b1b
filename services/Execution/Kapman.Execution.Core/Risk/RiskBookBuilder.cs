using Kapman.OptionMath;

namespace Kapman.Execution.Core.Risk;

/// <summary>
/// Builds the <see cref="RiskBook"/> (docs/domain/risk-book.md, seed 003 §6 task 7.2.1): per underlying, greeks from
/// <see cref="BlackScholesMerton.Greeks"/> at each holding's implied volatility × signed contracts × 100; delta dollars = Δ × S;
/// beta-weighted delta dollars = Δ × S × β; VaR by <see cref="DeltaGammaVar"/> from the underlying's daily σ; scenarios by
/// <see cref="ScenarioRepricer"/>. Totals add the underlyings. A holding whose underlying has no market, or with no time or volatility
/// left, is counted in <see cref="RiskBook.UnpricedHoldings"/> and left out.
/// </summary>
public static class RiskBookBuilder
{
    private const double TradingDaysPerYear = 252.0;

    /// <summary>The book of <paramref name="holdings"/>.</summary>
    /// <param name="holdings">Open option holdings.</param>
    /// <param name="markets">Spot, daily σ and beta by underlying.</param>
    /// <param name="benchmark">The beta benchmark's ticker (SPY): its beta is 1 by definition.</param>
    /// <param name="benchmarkSpot">The benchmark's spot, $ per share, or null when not known (then no benchmark shares).</param>
    /// <param name="pricing">r and q.</param>
    /// <param name="scenarios">The scenarios to revalue.</param>
    /// <param name="unpricedElsewhere">Holdings the caller already left out (no mark or no implied volatility), added to the count.</param>
    public static RiskBook Build(
        IReadOnlyList<RiskHolding> holdings, IReadOnlyDictionary<string, UnderlyingMarket> markets, string benchmark, double? benchmarkSpot,
        PricingInputs pricing, IReadOnlyList<RiskScenario> scenarios, int unpricedElsewhere = 0)
    {
        ArgumentNullException.ThrowIfNull(holdings);
        ArgumentNullException.ThrowIfNull(markets);
        ArgumentNullException.ThrowIfNull(pricing);
        ArgumentNullException.ThrowIfNull(scenarios);
        var priced = holdings.Where(h => h.Contracts != 0 && h.Years > 0 && h.ImpliedVolatility > 0 && markets.TryGetValue(h.Underlying, out var m) && m.Spot > 0).ToList();
        var unpriced = holdings.Count(h => h.Contracts != 0) - priced.Count + unpricedElsewhere;
        var underlyings = priced.GroupBy(h => h.Underlying, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Underlying(g.ToList(), markets[g.Key], benchmark, pricing, scenarios)).ToList();
        var bwd = underlyings.Sum(u => u.BetaWeightedDeltaDollars);
        var total = new RiskTotals(
            priced.Count,
            underlyings.Sum(u => u.DeltaShares),
            underlyings.Sum(u => u.GammaSharesPerDollar),
            underlyings.Sum(u => u.ThetaDollarsPerDay),
            underlyings.Sum(u => u.VegaDollarsPerVolPoint),
            underlyings.Sum(u => u.DeltaDollars),
            bwd,
            benchmarkSpot is > 0 ? bwd / benchmarkSpot.Value : null,
            underlyings.Sum(u => u.Var95),
            underlyings.Sum(u => u.Var99),
            [.. scenarios.Select(s => new ScenarioResult(s.Name, s.SpotMove, s.VolatilityPoints, underlyings.Sum(u => u.Scenarios.First(x => x.Name == s.Name).Pnl)))]);
        return new RiskBook(benchmark, underlyings, total, unpriced, pricing.RiskFreeRate, pricing.DividendYield);
    }

    private static UnderlyingRisk Underlying(List<RiskHolding> holdings, UnderlyingMarket market, string benchmark, PricingInputs pricing, IReadOnlyList<RiskScenario> scenarios)
    {
        double delta = 0, gamma = 0, theta = 0, vega = 0;
        foreach (var h in holdings)
        {
            var g = BlackScholesMerton.Greeks(h.Right, market.Spot, h.Strike, h.Years, pricing.RiskFreeRate, pricing.DividendYield, h.ImpliedVolatility);
            double shares = h.Contracts * ContractMultiplier.SharesPerContract;
            delta += g.Delta * shares;
            gamma += g.Gamma * shares;
            theta += g.ThetaPerDay * shares;
            vega += g.VegaPerVolPoint * shares;
        }

        var (beta, betaSource) = string.Equals(market.Underlying, benchmark, StringComparison.Ordinal) ? (1.0, "benchmark")
            : market.Beta is { } b ? (b, "bars") : (1.0, "assumed");
        var (sigma, sigmaSource) = market.DailyVolatility is { } s ? (s, "bars")
            : (holdings.Average(h => h.ImpliedVolatility) / Math.Sqrt(TradingDaysPerYear), "implied");
        var deltaDollars = delta * market.Spot;
        return new UnderlyingRisk(
            market.Underlying, market.Spot, holdings.Count, delta, gamma, theta, vega, deltaDollars, beta, betaSource, deltaDollars * beta, sigma, sigmaSource,
            DeltaGammaVar.Of(delta, gamma, market.Spot, sigma, DeltaGammaVar.Z95),
            DeltaGammaVar.Of(delta, gamma, market.Spot, sigma, DeltaGammaVar.Z99),
            [.. scenarios.Select(sc => new ScenarioResult(sc.Name, sc.SpotMove, sc.VolatilityPoints, ScenarioRepricer.Pnl(holdings, market.Spot, sc, pricing)))]);
    }
}
