using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Options.Core.Tests;

/// <summary>The live stage's choice of model per contract, and the American IV and greeks it records.</summary>
public sealed class ChainEnricherAmericanTests
{
    private const double Spot = 100;
    private static readonly DateOnly AsOf = new(2025, 8, 26);
    private static readonly DateOnly In73Days = AsOf.AddDays(73); // T = 0.2
    private static readonly PricingInputs Inputs = new(0.05, 0.01);

    [Test]
    public void An_in_the_money_american_put_is_solved_on_the_tree_and_reprices_to_its_mid()
    {
        var contract = Enrich(AmericanPricing.Default, Quotes.Make(OptionRight.Put, In73Days, 115, bid: 15.4, ask: 15.8)).Single();
        var european = ImpliedVolatilitySolver.Solve(OptionRight.Put, 15.6, Spot, 115, 0.2, 0.05, 0.01).Volatility!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(contract.PricingModel, Is.EqualTo("american-crr"));
            Assert.That(contract.IvSource, Is.EqualTo("computed"));
            Assert.That(AmericanControlVariate.Price(OptionRight.Put, Spot, 115, 0.2, 0.05, 0.01, contract.ImpliedVolatility!.Value), Is.EqualTo(15.6).Within(1e-6));
            // The early-exercise premium is worth something, so the same price needs less volatility than in the European model.
            Assert.That(contract.ImpliedVolatility!.Value, Is.LessThan(european - 0.005));
            Assert.That(contract.Greeks!.Value.Delta, Is.InRange(-1.0, -0.5));
        });
    }

    [Test]
    public void European_style_and_no_american_pricing_mean_black_scholes()
    {
        var european = Quotes.Make(OptionRight.Put, In73Days, 115, bid: 15.4, ask: 15.8) with { Style = ExerciseStyle.European };
        var unstyled = Quotes.Make(OptionRight.Put, In73Days, 115, bid: 15.4, ask: 15.8);
        var styled = Enrich(AmericanPricing.Default, european).Single();
        var off = Enrich(null, unstyled).Single();
        var defaultEuropean = Enrich(AmericanPricing.Default with { DefaultStyle = ExerciseStyle.European }, unstyled).Single();
        foreach (var contract in new[] { styled, off, defaultEuropean })
        {
            Assert.That(contract.PricingModel, Is.EqualTo("bsm"));
            Assert.That(BlackScholesMerton.Price(OptionRight.Put, Spot, 115, 0.2, 0.05, 0.01, contract.ImpliedVolatility!.Value), Is.EqualTo(15.6).Within(1e-9));
        }
    }

    [Test]
    public void A_call_without_dividends_or_far_out_of_the_money_keeps_the_european_values()
    {
        var noDividends = ChainEnricher.Enrich(
            new OptionChainSnapshot("SPY", AsOf, Spot, null, [Quotes.Make(OptionRight.Call, In73Days, 95, bid: 7.0, ask: 7.4)]), new PricingInputs(0.05, 0), AmericanPricing.Default).Single();
        var farOut = Enrich(AmericanPricing.Default, Quotes.Make(OptionRight.Call, AsOf.AddDays(7), 115, bid: 0.01, ask: 0.03)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(noDividends.PricingModel, Is.EqualTo("american-bsm"));
            Assert.That(noDividends.ImpliedVolatility, Is.EqualTo(ImpliedVolatilitySolver.Solve(OptionRight.Call, 7.2, Spot, 95, 0.2, 0.05, 0).Volatility));
            Assert.That(farOut.PricingModel, Is.EqualTo("american-bsm"));
        });
    }

    [Test]
    public void Feed_iv_and_greeks_record_the_feed_and_feed_iv_alone_the_model_of_the_greeks()
    {
        var feedGreeks = new Greeks(-0.7, 0.02, -0.01, 0.1, double.NaN);
        var both = Enrich(AmericanPricing.Default, Quotes.Make(OptionRight.Put, In73Days, 115, bid: 15.4, ask: 15.8, iv: 0.3, greeks: feedGreeks)).Single();
        var ivOnly = Enrich(AmericanPricing.Default, Quotes.Make(OptionRight.Put, In73Days, 115, bid: 15.4, ask: 15.8, iv: 0.3)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(both.PricingModel, Is.EqualTo("feed"));
            Assert.That(both.Greeks, Is.EqualTo(feedGreeks));
            Assert.That(ivOnly.PricingModel, Is.EqualTo("american-crr"));
            Assert.That(ivOnly.Greeks, Is.EqualTo(AmericanControlVariate.Greeks(OptionRight.Put, Spot, 115, 0.2, 0.05, 0.01, 0.3)));
        });
    }

    [Test]
    public void An_american_put_quoted_below_its_exercise_value_has_no_iv()
    {
        // 14.9 is above the European lower bound 115e^(−0.01) − 100e^(−0.002) = 13.66 but below K − S = 15: no American IV.
        var contract = Enrich(AmericanPricing.Default, Quotes.Make(OptionRight.Put, In73Days, 115, bid: 14.8, ask: 15.0)).Single();
        Assert.Multiple(() =>
        {
            Assert.That(contract.IvFailureReason, Is.EqualTo("PRICE_BELOW_INTRINSIC"));
            Assert.That(contract.Greeks, Is.Null);
            Assert.That(contract.PricingModel, Is.Null);
        });
    }

    [Test]
    public void The_spy_chain_is_american_and_every_priced_contract_records_an_american_model()
    {
        var chain = PolygonSnapshotReaderTests.ReadSpy();
        var enriched = ChainEnricher.Enrich(chain, PricingInputs.Default, AmericanPricing.Default);
        var priced = enriched.Where(c => c.Greeks is not null).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(chain.Contracts.Select(q => q.Style), Is.All.EqualTo(ExerciseStyle.American), "every SPY row says \"exercise_style\": \"american\"");
            Assert.That(priced.Select(c => c.PricingModel), Is.All.AnyOf("american-crr", "american-bsm"));
            Assert.That(priced.Count(c => c.PricingModel == "american-crr"), Is.GreaterThan(priced.Count / 2));
            Assert.That(priced.Where(c => c.Quote.Right == OptionRight.Put).Select(c => c.Greeks!.Value.Delta), Is.All.InRange(-1.0, 0.0));
            Assert.That(priced.Where(c => c.Quote.Right == OptionRight.Call).Select(c => c.Greeks!.Value.Delta), Is.All.InRange(0.0, 1.0));
        });
    }

    [Test]
    public void Bad_quotes_never_throw_and_every_contract_has_an_iv_or_a_reason()
    {
        var quotes = new List<OptionQuote>();
        var prices = new (double? Bid, double? Ask, double? Last)[]
        {
            (null, null, null), (0, 0, 0), (-1, -0.5, -2), (2.0, 1.5, null), (0, 0.02, null), (1e-6, 2e-6, null), (1e6, 1e6 + 1, null),
            (0.05, 0.07, null), (4.9, 5.1, null), (30, 31, null), (99.9, 100.1, null), (null, null, 0.01), (double.NaN, double.NaN, 1.0),
        };
        foreach (var right in new[] { OptionRight.Call, OptionRight.Put })
        {
            foreach (var strike in new[] { 1.0, 50, 95, 100, 105, 200, 5000 })
            {
                foreach (var days in new[] { -2, 0, 1, 2, 30, 1000 })
                {
                    foreach (var (bid, ask, last) in prices)
                    {
                        quotes.Add(Quotes.Make(right, AsOf.AddDays(days), strike, bid, ask, last));
                    }
                }
            }
        }

        var result = Enrich(AmericanPricing.Default, quotes.ToArray());
        Assert.Multiple(() =>
        {
            Assert.That(result, Has.Count.EqualTo(quotes.Count));
            Assert.That(result.All(c => (c.ImpliedVolatility is { } iv && double.IsFinite(iv) && c.Greeks is not null) ^ (c.IvFailureReason is not null)), Is.True);
            Assert.That(result.Where(c => c.DaysToExpiry <= 0).Select(c => c.IvFailureReason), Is.All.EqualTo("EXPIRED"));
            Assert.That(result.Where(c => c.Quote.Bid is not > 0 && c.Quote.Last is not > 0 && c.DaysToExpiry > 0).Select(c => c.IvFailureReason), Is.All.EqualTo("NO_PRICE"));
            Assert.That(result.Where(c => c.Greeks is { } g && !(double.IsFinite(g.Delta) && double.IsFinite(g.Gamma) && double.IsFinite(g.VegaPerVolPoint))), Is.Empty);
        });
    }

    private static List<EnrichedContract> Enrich(AmericanPricing? american, params OptionQuote[] quotes) =>
        ChainEnricher.Enrich(new OptionChainSnapshot("SPY", AsOf, Spot, null, quotes), Inputs, american).ToList();
}
