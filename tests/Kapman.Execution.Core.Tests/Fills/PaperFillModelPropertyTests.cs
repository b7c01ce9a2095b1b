using Kapman.Execution.Core.Fills;
using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Tests.Fills;

/// <summary>Seeded random quotes: fills stay inside the quotes, within the limit and the size, and repeat for a seed.</summary>
public class PaperFillModelPropertyTests
{
    [Test]
    public void Fills_respect_quotes_limit_size_and_repeat_for_the_same_seed([Values(21, 22, 23)] int seed)
    {
        var random = new Random(seed);
        var settings = PaperFillSettings.Default with { SlippageJitterTicks = 3, TickRule = TickSizeRule.Standard };
        var filled = 0;
        for (var run = 0; run < 300; run++)
        {
            var quotes = new[] { TestOrders.LowerCall, TestOrders.BodyCall, TestOrders.UpperCall }.ToDictionary(s => s, s =>
            {
                var bid = random.Next(0, 800) * 0.01m;
                return new OptionQuote(s, bid, bid + (random.Next(0, 40) * 0.01m), random.Next(0, 20), random.Next(0, 20));
            });
            var order = TestOrders.CallButterfly(random.Next(1, 10), random.Next(0, 300) * 0.01m);
            var rng = new SplitMix64((ulong)random.NextInt64());
            var result = PaperFillModel.TryFill(order, order.Quantity, quotes, settings, rng);
            Assert.That(PaperFillModel.TryFill(order, order.Quantity, quotes, settings, rng), Is.EqualTo(result).Using<PaperFillResult>(Same), "deterministic");
            if (result.Fill is not { } fill)
            {
                continue;
            }

            filled++;
            Assert.That(fill.Quantity, Is.InRange(1, order.Quantity));
            Assert.That(fill.NetPrice, Is.LessThanOrEqualTo(order.LimitPrice), "a debit fill never pays more than the limit");
            foreach (var (leg, i) in fill.Legs.Select((l, i) => (l, i)))
            {
                var q = quotes[leg.OccSymbol];
                Assert.That(leg.Price, Is.InRange(q.Bid, q.Ask), "inside the quote");
                Assert.That(leg.Contracts, Is.EqualTo(fill.Quantity * order.Legs[i].Ratio));
                Assert.That(leg.Contracts, Is.LessThanOrEqualTo(leg.Side == OrderSide.Buy ? q.AskSize : q.BidSize), "within the quoted size");
            }
        }

        Assert.That(filled, Is.GreaterThan(30), "the property is not vacuous");
    }

    private static bool Same(PaperFillResult a, PaperFillResult b) =>
        a.Random == b.Random && a.Reason == b.Reason && (a.Fill is null ? b.Fill is null : b.Fill is not null && a.Fill.NetPrice == b.Fill.NetPrice && a.Fill.Quantity == b.Fill.Quantity);
}
