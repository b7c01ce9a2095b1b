using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Tests.Orders;

public class ComboOrderTests
{
    [Test]
    public void A_well_formed_spread_has_no_errors_and_counts_contracts_across_legs()
    {
        var order = TestOrders.PutCreditSpread(quantity: 5);
        Assert.Multiple(() =>
        {
            Assert.That(order.Validate(), Is.Empty);
            Assert.That(order.TotalContracts, Is.EqualTo(10)); // 5 combos x (1 + 1)
            Assert.That(order.OpensPosition, Is.True);
        });
    }

    [Test]
    public void A_butterfly_counts_the_body_twice() =>
        Assert.That(TestOrders.CallButterfly(quantity: 2).TotalContracts, Is.EqualTo(8)); // 2 x (1 + 2 + 1)

    [Test]
    public void Structural_errors_are_all_reported()
    {
        var order = TestOrders.PutCreditSpread() with
        {
            Id = " ",
            Quantity = 0,
            LimitPrice = -0.05m,
            Legs = [new OrderLeg(TestOrders.ShortPut, OrderSide.Sell, 0, PositionEffect.Open), new OrderLeg(TestOrders.ShortPut, OrderSide.Buy, 1, PositionEffect.Open)],
        };
        var errors = order.Validate();
        Assert.That(errors, Has.Count.EqualTo(5));
        Assert.That(errors, Has.Some.Contains("appears in 2 legs"));
    }

    [Test]
    public void An_order_without_legs_is_refused() =>
        Assert.That((TestOrders.PutCreditSpread() with { Legs = [] }).Validate(), Is.EqualTo(new[] { "order has no legs" }));

    [Test]
    public void Reverse_flips_sides_effect_and_price_type()
    {
        var close = ClosingOrders.Reverse(TestOrders.PutCreditSpread(quantity: 5), "O-1-flat", 2, 1.35m);
        Assert.Multiple(() =>
        {
            Assert.That(close.Id, Is.EqualTo("O-1-flat"));
            Assert.That(close.Quantity, Is.EqualTo(2));
            Assert.That(close.PriceType, Is.EqualTo(PriceType.NetDebit));
            Assert.That(close.LimitPrice, Is.EqualTo(1.35m));
            Assert.That(close.Legs.Select(l => (l.OccSymbol, l.Side, l.Effect)), Is.EqualTo(new[]
            {
                (TestOrders.ShortPut, OrderSide.Buy, PositionEffect.Close),
                (TestOrders.LongPut, OrderSide.Sell, PositionEffect.Close),
            }));
            Assert.That(close.OpensPosition, Is.False);
        });
    }
}
