using Kapman.Execution.Core.Fills;
using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Tests.Fills;

public class PaperFillModelTests
{
    private static readonly SplitMix64 Rng = new(0);

    private static Dictionary<string, OptionQuote> SpreadQuotes(int longAskSize = 50) => new()
    {
        [TestOrders.ShortPut] = new(TestOrders.ShortPut, 2.50m, 2.60m, 20, 20), // mid 2.55
        [TestOrders.LongPut] = new(TestOrders.LongPut, 1.20m, 1.28m, 30, longAskSize), // mid 1.24
    };

    private static Dictionary<string, OptionQuote> FlyQuotes() => new()
    {
        [TestOrders.LowerCall] = new(TestOrders.LowerCall, 6.00m, 6.20m, 10, 10), // mid 6.10
        [TestOrders.BodyCall] = new(TestOrders.BodyCall, 3.40m, 3.60m, 9, 9), // mid 3.50, 9 bid -> 4 flies
        [TestOrders.UpperCall] = new(TestOrders.UpperCall, 1.70m, 1.80m, 10, 10), // mid 1.75
    };

    [TestCase(TickSizeRule.Penny, 2.99, 0.01)]
    [TestCase(TickSizeRule.Penny, 12.00, 0.01)]
    [TestCase(TickSizeRule.Standard, 2.99, 0.05)]
    [TestCase(TickSizeRule.Standard, 3.00, 0.10)]
    [TestCase(TickSizeRule.PennyPilot, 2.99, 0.01)]
    [TestCase(TickSizeRule.PennyPilot, 3.00, 0.05)]
    public void Tick_sizes_follow_the_rule(TickSizeRule rule, decimal price, decimal tick) =>
        Assert.That(TickSizes.For(rule, price), Is.EqualTo(tick));

    [Test]
    public void A_credit_spread_fills_at_mid_less_two_penny_ticks_per_leg_capped_by_the_offered_size()
    {
        // sell 2.55 - 0.02 = 2.53, buy 1.24 + 0.02 = 1.26, net credit 1.27 >= 1.20.
        // 5 wanted, the long put offers 3: 3 spreads. Commission 3 x 2 legs x 0.65 = 3.90.
        // Cash 1.27 x 100 x 3 - 3.90 = 381.00 - 3.90 = 377.10.
        var result = PaperFillModel.TryFill(TestOrders.PutCreditSpread(5, 1.20m), 5, SpreadQuotes(longAskSize: 3), PaperFillSettings.Default, Rng);
        var fill = result.Fill!;
        Assert.Multiple(() =>
        {
            Assert.That(fill.Quantity, Is.EqualTo(3));
            Assert.That(fill.NetPrice, Is.EqualTo(1.27m));
            Assert.That(fill.Legs.Select(l => (l.Price, l.Contracts)), Is.EqualTo(new[] { (2.53m, 3), (1.26m, 3) }));
            Assert.That(fill.Commission, Is.EqualTo(3.90m));
            Assert.That(fill.NetCash, Is.EqualTo(377.10m));
            Assert.That(result.Random, Is.EqualTo(Rng), "no jitter, no draws");
        });
    }

    [Test]
    public void Standard_ticks_are_clamped_to_the_quote()
    {
        // 2 x 0.05: sell 2.55 - 0.10 = 2.45 -> bid 2.50; buy 1.24 + 0.10 = 1.34 -> ask 1.28. Net 1.22.
        var settings = PaperFillSettings.Default with { TickRule = TickSizeRule.Standard };
        var fill = PaperFillModel.TryFill(TestOrders.PutCreditSpread(5, 1.20m), 5, SpreadQuotes(), settings, Rng).Fill!;
        Assert.That((fill.Quantity, fill.NetPrice), Is.EqualTo((5, 1.22m)));
    }

    [TestCase(TickSizeRule.Penny, 0.93)] // -6.12 + 2 x 3.48 - 1.77
    [TestCase(TickSizeRule.Standard, 1.20)] // -6.20 (6.30 capped) + 2 x 3.40 (3.30 floored) - 1.80 (1.85 capped)
    [TestCase(TickSizeRule.PennyPilot, 1.17)] // -6.20 + 2 x 3.40 - 1.77
    public void A_debit_butterfly_nets_the_legs_by_ratio(TickSizeRule rule, decimal debit)
    {
        var settings = PaperFillSettings.Default with { TickRule = rule };
        var fill = PaperFillModel.TryFill(TestOrders.CallButterfly(2, 1.50m), 2, FlyQuotes(), settings, Rng).Fill!;
        Assert.Multiple(() =>
        {
            Assert.That(fill.NetPrice, Is.EqualTo(debit));
            Assert.That(fill.PriceType, Is.EqualTo(PriceType.NetDebit));
            Assert.That(fill.Legs.Select(l => l.Contracts), Is.EqualTo(new[] { 2, 4, 2 }));
            Assert.That(fill.Commission, Is.EqualTo(5.20m)); // 8 contracts x 0.65
            Assert.That(fill.NetCash, Is.EqualTo((-debit * 200m) - 5.20m));
        });
    }

    [Test]
    public void The_ratio_limits_the_size_of_a_butterfly()
    {
        // body bid size 9 / ratio 2 = 4 flies of the 6 wanted.
        var fill = PaperFillModel.TryFill(TestOrders.CallButterfly(6, 1.50m), 6, FlyQuotes(), PaperFillSettings.Default, Rng).Fill!;
        Assert.That(fill.Quantity, Is.EqualTo(4));
    }

    [Test]
    public void A_limit_better_than_the_model_price_does_not_fill()
    {
        var result = PaperFillModel.TryFill(TestOrders.PutCreditSpread(5, 1.30m), 5, SpreadQuotes(), PaperFillSettings.Default, Rng);
        Assert.That(result.Fill, Is.Null);
        Assert.That(result.Reason, Does.Contain("worse than the limit"));
    }

    [Test]
    public void A_missing_or_crossed_quote_does_not_fill()
    {
        var quotes = SpreadQuotes();
        quotes.Remove(TestOrders.LongPut);
        Assert.That(PaperFillModel.TryFill(TestOrders.PutCreditSpread(), 5, quotes, PaperFillSettings.Default, Rng).Reason, Does.Contain(TestOrders.LongPut));
        quotes[TestOrders.LongPut] = new(TestOrders.LongPut, 1.30m, 1.20m, 5, 5);
        Assert.That(PaperFillModel.TryFill(TestOrders.PutCreditSpread(), 5, quotes, PaperFillSettings.Default, Rng).Fill, Is.Null);
    }

    [Test]
    public void Zero_size_or_nothing_remaining_does_not_fill()
    {
        Assert.That(PaperFillModel.TryFill(TestOrders.PutCreditSpread(), 5, SpreadQuotes(longAskSize: 0), PaperFillSettings.Default, Rng).Reason, Is.EqualTo("no quoted size"));
        Assert.That(PaperFillModel.TryFill(TestOrders.PutCreditSpread(), 0, SpreadQuotes(), PaperFillSettings.Default, Rng).Fill, Is.Null);
    }

    [TestCase(0UL, 1.24)] // draws 2 then 1 extra ticks: sell 2.55 - 0.04 = 2.51, buy 1.24 + 0.03 = 1.27
    [TestCase(42UL, 1.25)] // draws 2 then 0: sell 2.51, buy 1.26
    public void Jitter_draws_extra_ticks_per_leg_from_the_seeded_generator(ulong seed, decimal net)
    {
        var settings = PaperFillSettings.Default with { SlippageJitterTicks = 2 };
        var first = PaperFillModel.TryFill(TestOrders.PutCreditSpread(5, 1.00m), 5, SpreadQuotes(), settings, new SplitMix64(seed));
        var again = PaperFillModel.TryFill(TestOrders.PutCreditSpread(5, 1.00m), 5, SpreadQuotes(), settings, new SplitMix64(seed));
        Assert.Multiple(() =>
        {
            Assert.That(first.Fill!.NetPrice, Is.EqualTo(net));
            Assert.That(again.Fill!.NetPrice, Is.EqualTo(first.Fill.NetPrice));
            Assert.That(first.Random, Is.EqualTo(new SplitMix64(seed).NextUInt64().Next.NextUInt64().Next), "two draws, one per leg");
        });
    }
}
