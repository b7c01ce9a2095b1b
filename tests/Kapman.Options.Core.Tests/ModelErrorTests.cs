using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Options.Core.Tests;

/// <summary>
/// Review #9: the American tree's vega used to bump σ down to 1e-6, below the tree's own floor, so a low but valid IV threw and
/// killed <c>kapman options greeks</c>; and neither calculator isolated one contract's model failure from the rest of the chain.
/// </summary>
public sealed class ModelErrorTests
{
    private static readonly DateOnly AsOf = new(2025, 8, 26);
    private static readonly PricingInputs Inputs = new(0.043, 0.012);

    [Test]
    public void An_american_iv_just_above_the_tree_floor_gets_greeks_instead_of_throwing()
    {
        // The review's repro: S = 100, K = 103 call, 365 days, mid 0.30. With r > q an American call is never exercised early,
        // so its IV and vega are the European ones (Hull §11.5): σ ≈ 0.006, vega per vol point ≈ S e^(−qT) φ(d₁) √T / 100.
        var expiry = AsOf.AddDays(365);
        var quote = Quotes.Make(OptionRight.Call, expiry, 103, bid: 0.29, ask: 0.31);
        var row = OfflineGreeksCalculator.Compute([quote], AsOf, 100, Inputs, ExerciseStyle.American).Single();

        var europeanIv = ImpliedVolatilitySolver.Solve(OptionRight.Call, 0.30, 100, 103, 1.0, 0.043, 0.012).Volatility!.Value;
        var europeanVega = BlackScholesMerton.Greeks(OptionRight.Call, 100, 103, 1.0, 0.043, 0.012, europeanIv).VegaPerVolPoint;
        Assert.Multiple(() =>
        {
            Assert.That(europeanIv, Is.InRange(0.005, 0.007), "the repro's IV lies below 0.005 + the tree floor");
            Assert.That(row.Status, Is.EqualTo("OK"));
            Assert.That(row.Iv!.Value, Is.EqualTo(europeanIv).Within(0.001));
            Assert.That(row.Greeks!.Value.VegaPerVolPoint, Is.EqualTo(europeanVega).Within(0.25 * europeanVega));
        });
    }

    [TestCase(ExerciseStyle.European)]
    [TestCase(ExerciseStyle.American)]
    public void Offline_a_contract_the_model_rejects_is_model_error_and_the_rest_is_priced(ExerciseStyle style)
    {
        var expiry = AsOf.AddDays(73);
        var good = Quotes.Make(OptionRight.Put, expiry, 95, bid: 1.0, ask: 1.1);
        var badStrike = Quotes.Make(OptionRight.Call, expiry, 100, bid: 3.0, ask: 3.2) with { Strike = double.NaN };
        var rows = OfflineGreeksCalculator.Compute([good, badStrike, good], AsOf, 100, Inputs, style);

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(r => r.Status), Is.EqualTo(new[] { "OK", "MODEL_ERROR", "OK" }));
            Assert.That(rows[1].Iv, Is.Null);
            Assert.That(rows[1].Greeks, Is.Null);
            Assert.That(rows[1].Detail, Does.Contain("Strike"));
            Assert.That(OfflineGreeksCalculator.ToCsv(rows).Split('\n')[2], Does.EndWith(",,,,,,,,MODEL_ERROR"));
        });
    }

    [Test]
    public void Live_a_contract_the_model_rejects_is_model_error_and_the_rest_is_priced()
    {
        var expiry = AsOf.AddDays(73);
        var good = Quotes.Make(OptionRight.Put, expiry, 95, bid: 1.0, ask: 1.1);
        var badStrike = Quotes.Make(OptionRight.Call, expiry, 100, bid: 3.0, ask: 3.2) with { Strike = double.NaN };
        var chain = new OptionChainSnapshot("SPY", AsOf, 100, null, [good, badStrike, good]);

        var enriched = ChainEnricher.Enrich(chain, Inputs, AmericanPricing.Default);

        Assert.Multiple(() =>
        {
            Assert.That(enriched.Select(c => c.IvFailureReason), Is.EqualTo(new[] { null, "MODEL_ERROR", null }));
            Assert.That(enriched[1].ImpliedVolatility, Is.Null);
            Assert.That(enriched[1].Greeks, Is.Null);
            Assert.That(enriched[1].DaysToExpiry, Is.EqualTo(73));
            Assert.That(enriched[0].Greeks, Is.Not.Null);
            Assert.That(enriched[2].Greeks, Is.Not.Null);
        });
    }
}
