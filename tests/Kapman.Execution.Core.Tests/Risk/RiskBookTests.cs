using Kapman.Execution.Core.Risk;
using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Execution.Core.Tests.Risk;

/// <summary>
/// The risk book of a hand-computed two-position book (docs/domain/risk-book.md), with r = q = 0 and T = 0.25 so that Black-Scholes reduces to
/// d1 = [ln(S/K) + σ²T/2] ÷ (σ√T), d2 = d1 − σ√T, call delta N(d1), put delta N(d1) − 1, gamma φ(d1) ÷ (Sσ√T), vega Sφ(d1)√T ÷ 100,
/// theta −Sφ(d1)σ ÷ (2√T) ÷ 365 (Hull ch. 19 with r = q = 0). The expected values were worked from these formulas with normal-table
/// values, independently of the code under test:
/// <list type="bullet">
/// <item>SPY (S = 100, σ = 0.20, σ√T = 0.10), a short put spread: −1 put K 95 (d1 = [ln(100/95) + 0.005] ÷ 0.1 = 0.562933, N(d1) = 0.713260,
/// φ(d1) = 0.340484: delta −0.286740, gamma 0.034048, vega 0.170242, theta −0.018657, price 1.888063) and +1 put K 90 (d1 = 1.103605,
/// N(d1) = 0.865118, φ(d1) = 0.216988: delta −0.134882, gamma 0.021699, vega 0.108494, theta −0.011890, price 0.712381).</item>
/// <item>XYZ (S = 50, σ = 0.30, σ√T = 0.15, beta 1.5), +2 calls K 50: d1 = 0.075, N(d1) = 0.529893, φ(d1) = 0.397822: delta 0.529893,
/// gamma 0.397822 ÷ 7.5 = 0.053043, vega 50 × 0.397822 × 0.5 ÷ 100 = 0.099456, theta −50 × 0.397822 × 0.3 ÷ 1 ÷ 365 = −0.016349,
/// price 50 × (2 × 0.529893 − 1) = 2.989264.</item>
/// </list>
/// </summary>
[TestFixture]
public sealed class RiskBookTests
{
    private static readonly PricingInputs Zero = new(0, 0);

    private static readonly RiskHolding[] Book =
    [
        new("SPY", "SPY-P95", OptionRight.Put, 95, 0.25, -1, 0.20),
        new("SPY", "SPY-P90", OptionRight.Put, 90, 0.25, 1, 0.20),
        new("XYZ", "XYZ-C50", OptionRight.Call, 50, 0.25, 2, 0.30),
    ];

    private static readonly Dictionary<string, UnderlyingMarket> Markets = new(StringComparer.Ordinal)
    {
        ["SPY"] = new("SPY", 100, 0.01, null),
        ["XYZ"] = new("XYZ", 50, 0.02, 1.5),
    };

    private static RiskBook Build() => RiskBookBuilder.Build(Book, Markets, "SPY", 100, Zero, RiskScenario.Standard(5));

    [Test]
    public void Greeks_are_summed_per_underlying_in_share_and_dollar_units()
    {
        var book = Build();
        var spy = book.Underlyings.Single(u => u.Underlying == "SPY");
        var xyz = book.Underlyings.Single(u => u.Underlying == "XYZ");

        Assert.Multiple(() =>
        {
            // SPY: (−1 × −0.286740 + 1 × −0.134882) × 100 = 15.1858 shares; gamma (−0.034048 + 0.021699) × 100 = −1.2349;
            // theta (0.018657 − 0.011890) × 100 = +0.6767 $/day; vega (−0.170242 + 0.108494) × 100 = −6.1748 $/vol point.
            Assert.That(spy.DeltaShares, Is.EqualTo(15.1858).Within(1e-3));
            Assert.That(spy.GammaSharesPerDollar, Is.EqualTo(-1.2350).Within(1e-3));
            Assert.That(spy.ThetaDollarsPerDay, Is.EqualTo(0.6767).Within(1e-3));
            Assert.That(spy.VegaDollarsPerVolPoint, Is.EqualTo(-6.1748).Within(1e-3));
            // XYZ: 2 × 100 × each per-share greek.
            Assert.That(xyz.DeltaShares, Is.EqualTo(105.9785).Within(1e-3));
            Assert.That(xyz.GammaSharesPerDollar, Is.EqualTo(10.6086).Within(1e-3));
            Assert.That(xyz.ThetaDollarsPerDay, Is.EqualTo(-3.2698).Within(1e-3));
            Assert.That(xyz.VegaDollarsPerVolPoint, Is.EqualTo(19.8911).Within(1e-3));
            Assert.That(book.Total.ThetaDollarsPerDay, Is.EqualTo(0.6767 - 3.2698).Within(1e-3));
            Assert.That(book.Total.VegaDollarsPerVolPoint, Is.EqualTo(-6.1748 + 19.8911).Within(1e-3));
            Assert.That(book.Total.Holdings, Is.EqualTo(3));
            Assert.That(book.UnpricedHoldings, Is.Zero);
        });
    }

    [Test]
    public void Beta_weighted_delta_is_delta_times_spot_times_beta_in_benchmark_dollars_and_shares()
    {
        var book = Build();

        Assert.Multiple(() =>
        {
            // SPY is the benchmark (beta 1): 15.1858 × 100 = 1518.58 $; XYZ: 105.9785 × 50 × 1.5 = 7948.39 $; total 9466.97 $, ÷ 100 = 94.67 SPY shares.
            Assert.That(book.Underlyings[0].BetaSource, Is.EqualTo("benchmark"));
            Assert.That(book.Underlyings[1].BetaSource, Is.EqualTo("bars"));
            Assert.That(book.Underlyings[1].BetaWeightedDeltaDollars, Is.EqualTo(7948.39).Within(0.05));
            Assert.That(book.Total.BetaWeightedDeltaDollars, Is.EqualTo(9466.97).Within(0.05));
            Assert.That(book.Total.BetaWeightedDeltaShares, Is.EqualTo(94.6697).Within(5e-4));
        });
    }

    [Test]
    public void Var_uses_each_underlyings_daily_volatility_and_adds_them()
    {
        var book = Build();

        Assert.Multiple(() =>
        {
            // SPY 99 %: δS = 100 × 0.01 × 2.326 = 2.326; |15.1858 × 2.326| + ½ × 1.2350 × 2.326² = 35.322 + 3.341 = 38.663.
            Assert.That(book.Underlyings[0].Var99, Is.EqualTo(38.663).Within(0.01));
            // XYZ 95 %: δS = 50 × 0.02 × 1.645 = 1.645; 105.9785 × 1.645 + ½ × 10.6086 × 1.645² = 174.335 + 14.354 = 188.688.
            Assert.That(book.Underlyings[1].Var95, Is.EqualTo(188.688).Within(0.01));
            // XYZ 99 %: δS = 2.326; 246.506 + ½ × 10.6086 × 5.410276 = 246.506 + 28.698 = 275.204.
            Assert.That(book.Total.Var99, Is.EqualTo(38.663 + 275.204).Within(0.02));
        });
    }

    [Test]
    public void Scenarios_reprice_every_holding_with_black_scholes()
    {
        var book = Build();
        double Pnl(UnderlyingRisk u, string name) => u.Scenarios.Single(s => s.Name == name).Pnl;

        Assert.Multiple(() =>
        {
            // XYZ −5 %: S 47.5, d1 = [ln(0.95) + 0.01125] ÷ 0.15 = −0.266955, N(d1) = 0.394752, d2 = −0.416955, N(d2) = 0.338356:
            // call 47.5 × 0.394752 − 50 × 0.338356 = 1.832932; (1.832932 − 2.989264) × 200 = −231.27.
            Assert.That(Pnl(book.Underlyings[1], "spot -5%"), Is.EqualTo(-231.27).Within(0.05));
            // XYZ vol +5: σ 0.35, d1 = ½ × 0.35 × 0.5 = 0.0875, N(d1) = 0.534863, call 50 × (2 × 0.534863 − 1) = 3.486296;
            // (3.486296 − 2.989264) × 200 = +99.41.
            Assert.That(Pnl(book.Underlyings[1], "vol +5"), Is.EqualTo(99.41).Within(0.05));
            // SPY −5 %: S 95. Short put K 95 is at the money: d1 = 0.05, N(0.05) = 0.519939, put 95 × (2 × 0.519939 − 1) = 3.788373.
            // Long put K 90: d1 = [ln(95/90) + 0.005] ÷ 0.1 = 0.590672, N(−d1) = 0.277370, N(−d2) = N(−0.490672) = 0.311829,
            // put 90 × 0.311829 − 95 × 0.277370 = 1.714470. P&L −(3.788373 − 1.888063) × 100 + (1.714470 − 0.712381) × 100
            // = −190.03 + 100.21 = −89.82 (the greeks' Taylor estimate, 15.19 × −5 + ½ × −1.235 × 25 = −91.4, misses by 1.6).
            Assert.That(Pnl(book.Underlyings[0], "spot -5%"), Is.EqualTo(-89.82).Within(0.05));
            Assert.That(book.Total.Scenarios.Single(s => s.Name == "spot -5%").Pnl, Is.EqualTo(-89.82 - 231.27).Within(0.1));
            Assert.That(book.Total.LossDown5, Is.EqualTo(89.82 + 231.27).Within(0.1));
        });
    }
}
