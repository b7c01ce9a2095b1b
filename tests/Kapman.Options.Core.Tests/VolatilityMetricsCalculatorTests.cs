using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Options.Core.Tests;

public sealed class VolatilityMetricsCalculatorTests
{
    private static readonly DateOnly AsOf = new(2025, 8, 26);

    [Test]
    public void Hand_computed_averages_skew_term_structure_and_put_call_ratios()
    {
        var contracts = new[]
        {
            Make(OptionRight.Call, 30, 95, iv: 0.22, delta: 0.70, oi: 100, volume: 20),
            Make(OptionRight.Call, 30, 105, iv: 0.18, delta: 0.20, oi: 300, volume: 10),
            Make(OptionRight.Put, 30, 95, iv: 0.24, delta: -0.20, oi: 200, volume: 60),
            Make(OptionRight.Put, 30, 105, iv: 0.20, delta: -0.60, oi: 0, volume: 40),
            Make(OptionRight.Call, 90, 95, iv: 0.25, delta: 0.65, oi: 100, volume: 10),
            Make(OptionRight.Call, 90, 105, iv: 0.23, delta: 0.40, oi: 100, volume: 10),
            Make(OptionRight.Put, 90, 95, iv: 0.24, delta: -0.35, oi: 100, volume: 0),
            Make(OptionRight.Put, 90, 105, iv: 0.24, delta: -0.60, oi: 100, volume: 0),
            Make(OptionRight.Put, 0, 100, iv: 5.0, delta: -0.5, oi: 0, volume: 0), // expiring today: ignored for IV
        };
        var m = VolatilityMetricsCalculator.Compute(contracts, 100);
        Assert.Multiple(() =>
        {
            // calls: (.22×100 + .18×300 + .25×100 + .23×100)/600 = 124/600; puts: all .24; all: (124 + 96)/1000.
            Assert.That(m.CallAverageIv, Is.EqualTo(1.24 / 6).Within(1e-12));
            Assert.That(m.PutAverageIv, Is.EqualTo(0.24).Within(1e-12));
            Assert.That(m.AverageIv, Is.EqualTo(0.22).Within(1e-12));
            // 30-day expiry: put IV at Δ −0.25 = .24 + (.20 − .24)(0.05/0.40) = .235; call IV at Δ .25 = .18 + .04 × 0.05/0.50 = .184.
            Assert.That(m.SkewExpiration, Is.EqualTo(AsOf.AddDays(30)));
            Assert.That(m.Skew25Delta, Is.EqualTo(0.235 - 0.184).Within(1e-12));
            // ATM at K = 100: 30d calls .20, puts .22 → .21; 90d calls .24, puts .24 → .24.
            Assert.That(m.TermStructure.Select(p => (p.DaysToExpiry, Math.Round(p.AtmIv, 12))), Is.EqualTo(new[] { (30, 0.21), (90, 0.24) }));
            Assert.That(m.AtmIv30, Is.EqualTo(0.21).Within(1e-12));
            Assert.That(m.AtmIv90, Is.EqualTo(0.24).Within(1e-12));
            Assert.That(m.TermSlope30To90, Is.EqualTo(0.03).Within(1e-12));
            Assert.That(m.PutCallOiRatio, Is.EqualTo(400.0 / 600).Within(1e-12));
            Assert.That(m.PutCallVolumeRatio, Is.EqualTo(100.0 / 50).Within(1e-12));
        });
    }

    [Test]
    public void Between_expirations_iv_is_interpolated_in_total_variance()
    {
        var contracts = new[]
        {
            Make(OptionRight.Call, 20, 100, iv: 0.30, delta: 0.5, oi: 1, volume: 0),
            Make(OptionRight.Call, 40, 100, iv: 0.20, delta: 0.5, oi: 1, volume: 0),
        };
        var m = VolatilityMetricsCalculator.Compute(contracts, 100);
        // σ²T: 0.09 × 20 = 1.8 and 0.04 × 40 = 1.6 → at 30 days 1.7 → σ = √(1.7/30).
        Assert.That(m.AtmIv30, Is.EqualTo(Math.Sqrt(1.7 / 30)).Within(1e-12));
        Assert.That(m.AtmIv90, Is.Null);
        Assert.That(m.TermSlope30To90, Is.Null);
        Assert.That(m.PutCallOiRatio, Is.EqualTo(0.0));
    }

    [Test]
    public void Iv_rank_and_percentile_need_twenty_points()
    {
        var history = Enumerable.Range(10, 20).Select(i => i / 100.0).ToList(); // 0.10 .. 0.29
        var (rank, percentile) = IvHistoryStatistics.Compute(0.20, history);
        Assert.Multiple(() =>
        {
            Assert.That(rank, Is.EqualTo(100 * 0.10 / 0.19).Within(1e-9));
            Assert.That(percentile, Is.EqualTo(50.0)); // 0.10 .. 0.19 are below: 10 of 20
            Assert.That(IvHistoryStatistics.Compute(0.20, history.Skip(1)), Is.EqualTo(((double?)null, (double?)null)));
            Assert.That(IvHistoryStatistics.Compute(null, history), Is.EqualTo(((double?)null, (double?)null)));
        });
    }

    private static EnrichedContract Make(OptionRight right, int days, double strike, double iv, double delta, long oi, long volume)
    {
        var quote = Quotes.Make(right, AsOf.AddDays(days), strike, 1.0, 1.1, openInterest: oi) with { Volume = volume };
        return new EnrichedContract(quote, iv, "feed", null, new Greeks(delta, 0.01, -0.01, 0.1, 0.05), "computed", days);
    }
}
