using Kapman.Execution.Core.Fills;
using Kapman.Execution.Core.KillSwitch;
using Kapman.Execution.Core.Orders;
using Kapman.Execution.Core.Positions;
using Kapman.Execution.Core.Tests.Positions;

namespace Kapman.Execution.Core.Tests.KillSwitch;

public class HardStopFlattenerTests
{
    private static readonly KillSwitchState HardStop = new(KillSwitchMode.HardStop, KillSwitchTrigger.OperatorHardStop, "panic", TestOrders.T0);

    private static readonly Dictionary<string, OptionQuote> Quotes = new()
    {
        [TestOrders.ShortPut] = new(TestOrders.ShortPut, 1.35m, 1.45m, 10, 10),
        [TestOrders.LongPut] = new(TestOrders.LongPut, 0.55m, 0.65m, 10, 10),
        [TestOrders.LowerCall] = new(TestOrders.LowerCall, 6.00m, 6.20m, 10, 10),
        [TestOrders.BodyCall] = new(TestOrders.BodyCall, 3.40m, 3.60m, 10, 10),
        [TestOrders.UpperCall] = new(TestOrders.UpperCall, 1.70m, 1.80m, 10, 10),
    };

    /// <summary>Short 3 / long 3 put spread in G-1 (from the position tests).</summary>
    private static IReadOnlyList<Position> Spread() => PositionAccountingTests.SpreadBook();

    /// <summary>Long 2 lower, short 4 body, long 2 upper call butterfly in G-2.</summary>
    private static IReadOnlyList<Position> Fly() => PositionAccounting.Build(
    [
        PositionAccountingTests.Exec(TestOrders.LowerCall, OrderSide.Buy, 2, 6.1m, "G-2", "butterfly"),
        PositionAccountingTests.Exec(TestOrders.BodyCall, OrderSide.Sell, 4, 3.5m, "G-2", "butterfly"),
        PositionAccountingTests.Exec(TestOrders.UpperCall, OrderSide.Buy, 2, 1.75m, "G-2", "butterfly"),
    ]);

    [Test]
    public void The_first_attempt_closes_at_the_natural_price()
    {
        // buy 3 short puts at the 1.45 ask, sell 3 long puts at the 0.55 bid: a 0.90 debit.
        var plan = HardStopFlattener.Plan(HardStop, Spread(), Quotes, FlattenSettings.Default, TimeSpan.Zero);
        var order = plan.Orders.Single().Order;
        Assert.Multiple(() =>
        {
            Assert.That((order.PriceType, order.LimitPrice, order.Quantity), Is.EqualTo((PriceType.NetDebit, 0.90m, 3)));
            Assert.That(order.Legs.Select(l => (l.OccSymbol, l.Side, l.Ratio, l.Effect)), Is.EqualTo(new[]
            {
                (TestOrders.ShortPut, OrderSide.Buy, 1, PositionEffect.Close),
                (TestOrders.LongPut, OrderSide.Sell, 1, PositionEffect.Close),
            }));
            Assert.That(order.GroupId, Is.EqualTo("G-1"));
            Assert.That(plan.Orders.Single().IsMarket, Is.False);
        });
    }

    [TestCase(29.9, 0, 0.90)]
    [TestCase(30.0, 1, 0.95)]
    [TestCase(125.0, 4, 1.10)]
    public void Each_interval_gives_up_one_more_step(double seconds, int attempt, decimal debit)
    {
        var flatten = HardStopFlattener.Plan(HardStop, Spread(), Quotes, FlattenSettings.Default, TimeSpan.FromSeconds(seconds)).Orders.Single();
        Assert.That((flatten.Attempt, flatten.Order.LimitPrice, flatten.RequiresOperator), Is.EqualTo((attempt, debit, false)));
    }

    [Test]
    public void After_the_limit_attempts_the_last_limit_stays_and_an_operator_is_needed()
    {
        // 150 s = attempt 5 of max 5: the limit stays at attempt 4's 1.10, no market order.
        var flatten = HardStopFlattener.Plan(HardStop, Spread(), Quotes, FlattenSettings.Default, TimeSpan.FromSeconds(150)).Orders.Single();
        Assert.That((flatten.Order.LimitPrice, flatten.IsMarket, flatten.RequiresOperator), Is.EqualTo((1.10m, false, true)));
    }

    [Test]
    public void On_the_emergency_path_the_last_resort_is_a_market_order()
    {
        var settings = FlattenSettings.Default with { AllowMarketFallback = true };
        var flatten = HardStopFlattener.Plan(HardStop, Spread(), Quotes, settings, TimeSpan.FromSeconds(150)).Orders.Single();
        Assert.That((flatten.IsMarket, flatten.RequiresOperator), Is.EqualTo((true, false)));
    }

    [Test]
    public void A_butterfly_closes_as_one_combo_with_its_ratios_and_a_credit_that_can_turn_into_a_debit()
    {
        // sell 2 lower at 6.00, buy 4 body at 3.60, sell 2 upper at 1.70: 2 x (6.00 - 2 x 3.60 + 1.70) = 2 x 0.50 credit.
        var natural = HardStopFlattener.Plan(HardStop, Fly(), Quotes, FlattenSettings.Default, TimeSpan.Zero).Orders.Single().Order;
        Assert.That((natural.Quantity, natural.PriceType, natural.LimitPrice), Is.EqualTo((2, PriceType.NetCredit, 0.50m)));
        Assert.That(natural.Legs.Select(l => (l.Side, l.Ratio)), Is.EqualTo(new[] { (OrderSide.Sell, 1), (OrderSide.Buy, 2), (OrderSide.Sell, 1) }));

        // step 0.20, attempt 3: 0.50 - 0.60 = -0.10 -> a 0.10 debit.
        var settings = FlattenSettings.Default with { EscalationStep = 0.20m };
        var later = HardStopFlattener.Plan(HardStop, Fly(), Quotes, settings, TimeSpan.FromSeconds(95)).Orders.Single().Order;
        Assert.That((later.PriceType, later.LimitPrice), Is.EqualTo((PriceType.NetDebit, 0.10m)));
    }

    [Test]
    public void A_group_without_quotes_is_blocked_and_the_others_still_flatten()
    {
        var quotes = new Dictionary<string, OptionQuote>(Quotes);
        quotes.Remove(TestOrders.BodyCall);
        var plan = HardStopFlattener.Plan(HardStop, [.. Spread(), .. Fly()], quotes, FlattenSettings.Default, TimeSpan.Zero);
        Assert.That(plan.Orders.Select(o => o.Order.GroupId), Is.EqualTo(new[] { "G-1" }));
        Assert.That(plan.Blocked.Single(), Is.EqualTo(new FlattenBlocked("G-2", $"no usable quote for {TestOrders.BodyCall}")));
    }

    [Test]
    public void Flat_holdings_and_other_modes_produce_nothing()
    {
        var flat = PositionAccounting.Build([PositionAccountingTests.Exec(TestOrders.ShortPut, OrderSide.Sell, 1, 2m), PositionAccountingTests.Exec(TestOrders.ShortPut, OrderSide.Buy, 1, 1m)]);
        Assert.That(HardStopFlattener.Plan(HardStop, flat, Quotes, FlattenSettings.Default, TimeSpan.Zero).Orders, Is.Empty);
        var safe = HardStop with { Mode = KillSwitchMode.SafeMode };
        Assert.That(HardStopFlattener.Plan(safe, Spread(), Quotes, FlattenSettings.Default, TimeSpan.Zero), Is.SameAs(FlattenPlan.Empty));
    }
}
