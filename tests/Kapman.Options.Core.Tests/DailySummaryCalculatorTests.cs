using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Options.Core.Tests;

public sealed class DailySummaryCalculatorTests
{
    private static readonly DateOnly AsOf = new(2025, 8, 26);

    [Test]
    public void Hand_computed_summary()
    {
        var contracts = new[]
        {
            Make(OptionRight.Call, 10, 100, oi: 100, volume: 5, iv: 0.20, delta: 0.5, gamma: 0.04),
            Make(OptionRight.Call, 40, 100, oi: 300, volume: 7, iv: 0.30, delta: 0.6, gamma: 0.02),
            Make(OptionRight.Call, 10, 110, oi: 50, volume: 0, iv: null, delta: null, gamma: null),
            Make(OptionRight.Put, 10, 90, oi: 200, volume: 9, iv: 0.25, delta: -0.3, gamma: 0.03),
            Make(OptionRight.Put, 0, 95, oi: 1000, volume: 100, iv: null, delta: null, gamma: null), // expiring today
        };
        var s = DailySummaryCalculator.Compute(contracts, 100);
        Assert.Multiple(() =>
        {
            Assert.That((s.TotalCallOi, s.TotalPutOi, s.TotalCallVolume, s.TotalPutVolume), Is.EqualTo((450L, 1200L, 12L, 109L)));
            Assert.That(s.WeightedAverageIv, Is.EqualTo((0.20 * 100 + 0.30 * 300 + 0.25 * 200) / 600).Within(1e-12));
            Assert.That(s.TopCallStrikes.Select(w => (w.Strike, w.OpenInterest)), Is.EqualTo(new[] { (100.0, 400L), (110.0, 50L) }));
            Assert.That(s.TopPutStrikes.Select(w => (w.Strike, w.OpenInterest)), Is.EqualTo(new[] { (95.0, 1000L), (90.0, 200L) }));
            Assert.That(s.CallGammaTotal, Is.EqualTo(0.04 * 100 * 100 + 0.02 * 300 * 100).Within(1e-9));
            Assert.That(s.PutGammaTotal, Is.EqualTo(0.03 * 200 * 100).Within(1e-9));
            Assert.That(s.CallDeltaTotal, Is.EqualTo(0.5 * 100 * 100 + 0.6 * 300 * 100).Within(1e-9));
            Assert.That(s.PutDeltaTotal, Is.EqualTo(-0.3 * 200 * 100).Within(1e-9));
            Assert.That(s.NearestExpiry, Is.EqualTo(AsOf.AddDays(10)));
            Assert.That(s.ExpirationsCount, Is.EqualTo(2));
            Assert.That(s.ContractsAnalysed, Is.EqualTo(3));
        });
    }

    private static EnrichedContract Make(OptionRight right, int days, double strike, long oi, long volume, double? iv, double? delta, double? gamma)
    {
        var quote = Quotes.Make(right, AsOf.AddDays(days), strike, 1.0, 1.1, openInterest: oi) with { Volume = volume };
        Greeks? greeks = delta is { } d && gamma is { } g ? new Greeks(d, g, -0.01, 0.1, 0.01) : null;
        return new EnrichedContract(quote, iv, iv is null ? "none" : "feed", null, greeks, greeks is null ? "none" : "computed", days);
    }
}
