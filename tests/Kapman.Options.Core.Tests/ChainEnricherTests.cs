using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Options.Core.Tests;

public sealed class ChainEnricherTests
{
    private const double Spot = 100;
    private static readonly DateOnly AsOf = new(2025, 8, 26);
    private static readonly DateOnly In73Days = AsOf.AddDays(73); // T = 73/365 = 0.2 exactly
    private static readonly PricingInputs Inputs = new(0.04, 0.01);

    [Test]
    public void Expiring_and_expired_contracts_get_nothing_and_the_reason_expired()
    {
        var result = Enrich(
            Quotes.Make(OptionRight.Call, AsOf, 100, bid: 1, ask: 1.2, iv: 0.9, greeks: new Greeks(0.5, 0.1, -1, 0.01, double.NaN)),
            Quotes.Make(OptionRight.Put, AsOf.AddDays(-1), 100, bid: 1, ask: 1.2));
        foreach (var contract in result)
        {
            Assert.That(contract.ImpliedVolatility, Is.Null);
            Assert.That(contract.IvSource, Is.EqualTo("none"));
            Assert.That(contract.IvFailureReason, Is.EqualTo("EXPIRED"));
            Assert.That(contract.Greeks, Is.Null);
            Assert.That(contract.GreeksSource, Is.EqualTo("none"));
        }

        Assert.That(result.Select(c => c.DaysToExpiry), Is.EqualTo(new[] { 0, -1 }));
    }

    [Test]
    public void Feed_iv_gives_computed_greeks_with_t_in_calendar_days_over_365()
    {
        var contract = Enrich(Quotes.Make(OptionRight.Call, In73Days, 105, bid: 1, ask: 1.2, iv: 0.25)).Single();
        var expected = BlackScholesMerton.Greeks(OptionRight.Call, Spot, 105, 0.2, 0.04, 0.01, 0.25);
        Assert.Multiple(() =>
        {
            Assert.That(contract.DaysToExpiry, Is.EqualTo(73));
            Assert.That(contract.ImpliedVolatility, Is.EqualTo(0.25));
            Assert.That(contract.IvSource, Is.EqualTo("feed"));
            Assert.That(contract.IvFailureReason, Is.Null);
            Assert.That(contract.GreeksSource, Is.EqualTo("computed"));
            Assert.That(contract.Greeks, Is.EqualTo(expected));
        });
    }

    [Test]
    public void Placeholder_or_missing_feed_iv_is_solved_from_the_mid()
    {
        var result = Enrich(
            Quotes.Make(OptionRight.Put, In73Days, 95, bid: 1.10, ask: 1.30, iv: 1e-5),
            Quotes.Make(OptionRight.Call, In73Days, 100, bid: 3.90, ask: 4.10));
        Assert.Multiple(() =>
        {
            Assert.That(result.Select(c => c.IvSource), Is.All.EqualTo("computed"));
            Assert.That(result.Select(c => c.GreeksSource), Is.All.EqualTo("computed"));
            Assert.That(Reprice(result[0]), Is.EqualTo(1.20).Within(1e-9));
            Assert.That(Reprice(result[1]), Is.EqualTo(4.00).Within(1e-9));
        });
    }

    [Test]
    public void Without_a_two_sided_quote_the_last_price_is_used()
    {
        var contract = Enrich(Quotes.Make(OptionRight.Call, In73Days, 110, bid: 0, ask: 0.5, last: 0.75)).Single();
        Assert.That(contract.IvSource, Is.EqualTo("computed"));
        Assert.That(Reprice(contract), Is.EqualTo(0.75).Within(1e-9));
    }

    [Test]
    public void No_price_and_below_intrinsic_leave_no_iv_and_no_greeks()
    {
        var result = Enrich(
            Quotes.Make(OptionRight.Call, In73Days, 110, bid: 0, ask: 0),
            Quotes.Make(OptionRight.Call, In73Days, 80, bid: 15, ask: 16));
        Assert.That(result.Select(c => c.IvFailureReason), Is.EqualTo(new[] { "NO_PRICE", "PRICE_BELOW_INTRINSIC" }));
        Assert.That(result.Select(c => c.Greeks), Is.All.Null);
        Assert.That(result.Select(c => c.GreeksSource), Is.All.EqualTo("none"));
    }

    [Test]
    public void Feed_greeks_are_kept_even_when_the_iv_is_computed()
    {
        var feed = new Greeks(0.41, 0.03, -0.02, 0.15, double.NaN);
        var contract = Enrich(Quotes.Make(OptionRight.Call, In73Days, 102, bid: 2, ask: 2.2, greeks: feed)).Single();
        Assert.That(contract.Greeks, Is.EqualTo(feed));
        Assert.That(contract.GreeksSource, Is.EqualTo("feed"));
        Assert.That(contract.IvSource, Is.EqualTo("computed"));
    }

    [Test]
    public void Real_spy_chain_is_enriched_consistently()
    {
        var chain = PolygonSnapshotReaderTests.ReadSpy();
        var enriched = ChainEnricher.Enrich(chain, PricingInputs.Default);

        Assert.That(enriched, Has.Count.EqualTo(7011));
        var live = enriched.Where(c => c.DaysToExpiry > 0).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(enriched.Count(c => c.IvFailureReason == "EXPIRED"), Is.EqualTo(183), "183 contracts expire on 2025-08-26");
            Assert.That(live.Count(c => c.IvSource == "feed"), Is.EqualTo(live.Count(c => c.Quote.ImpliedVolatility >= 1e-4)));
            Assert.That(live.Where(c => c.ImpliedVolatility is not null).All(c => c.Greeks is not null && c.GreeksSource == "computed"), Is.True);
            Assert.That(live.Where(c => c.Quote.Right == OptionRight.Call).All(c => c.Greeks is null || c.Greeks.Value.Delta is >= 0 and <= 1), Is.True);
            Assert.That(live.Where(c => c.Quote.Right == OptionRight.Put).All(c => c.Greeks is null || c.Greeks.Value.Delta is >= -1 and <= 0), Is.True);
            Assert.That(live.Count(c => c.Greeks is not null), Is.GreaterThan(0.95 * live.Count), "nearly every live contract gets greeks");
            Assert.That(live.Where(c => c.Greeks is null).All(c => c.IvSource == "none" && c.IvFailureReason is not null), Is.True);
        });

        // The 2025-09-19 650 call, 24 days out and 0.75 % out of the money, has a delta a little below 0.5.
        var nearMoney = enriched.Single(c => c.Quote.OccSymbol == "SPY250919C00650000");
        Assert.That(nearMoney.Greeks!.Value.Delta, Is.InRange(0.35, 0.5));
    }

    private static List<EnrichedContract> Enrich(params OptionQuote[] quotes) =>
        ChainEnricher.Enrich(new OptionChainSnapshot("SPY", AsOf, Spot, null, quotes), Inputs).ToList();

    private static double Reprice(EnrichedContract contract) =>
        BlackScholesMerton.Price(
            contract.Quote.Right, Spot, contract.Quote.Strike, contract.DaysToExpiry / 365.0, 0.04, 0.01, contract.ImpliedVolatility!.Value);
}
