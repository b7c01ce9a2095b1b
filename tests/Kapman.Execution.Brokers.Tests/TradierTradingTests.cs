using Kapman.Execution.Core.Brokers;
using Kapman.TradierStandIn;

namespace Kapman.Execution.Brokers.Tests;

/// <summary>
/// Orders through <see cref="Tradier.TradierBroker"/> against the stand-in. Demo mids: SPY 2025-09-19 put 600 = 8.50, put 590 = 4.80,
/// so the 600/590 put credit spread's net mid credit is 3.70 $/share. The stand-in fills a multileg order at its limit with every leg
/// but the first at its mid (the first takes the rest), which gives the hand-computed leg prices below.
/// </summary>
public class TradierTradingTests
{
    private const string ShortPut = "SPY250919P00600000";
    private const string LongPut = "SPY250919P00590000";
    private BrokerOnStandIn harness = null!;

    [TearDown]
    public async Task Stop() => await harness.DisposeAsync();

    [Test]
    public async Task A_credit_spread_is_sent_as_multileg_fills_and_shows_in_positions_balances_and_executions()
    {
        harness = await BrokerOnStandIn.StartAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        Assert.That(await harness.Broker.GetPositionsAsync(CancellationToken.None), Is.Empty, "no positions is {\"positions\":\"null\"}");
        Assert.That(await harness.Broker.GetOrdersAsync(CancellationToken.None), Is.Empty, "no orders is {\"orders\":\"null\"}");

        var placed = await harness.Broker.PlaceMultiLegOrderAsync(OpenSpread(1.00m), CancellationToken.None);
        var order = await harness.Broker.GetOrderAsync(placed.OrderId, CancellationToken.None);
        var orders = await harness.Broker.GetOrdersAsync(CancellationToken.None);
        var positions = await harness.Broker.GetPositionsAsync(CancellationToken.None);
        var balances = await harness.Broker.GetBalancesAsync(CancellationToken.None);
        var executions = await harness.Broker.GetExecutionsSinceAsync(before, CancellationToken.None);

        var sent = harness.State.Calls.Single(c => c.Method == "POST").Form;
        Assert.Multiple(() =>
        {
            Assert.That(placed.Status, Is.EqualTo("ok"));
            Assert.That(sent["class"], Is.EqualTo("multileg"));
            Assert.That((sent["type"], sent["price"], sent["duration"], sent["tag"]), Is.EqualTo(("credit", "1.00", "day", "grp-1")));
            Assert.That((sent["option_symbol[0]"], sent["side[0]"], sent["quantity[0]"]), Is.EqualTo((ShortPut, "sell_to_open", "1")));
            Assert.That((sent["option_symbol[1]"], sent["side[1]"], sent["quantity[1]"]), Is.EqualTo((LongPut, "buy_to_open", "1")));

            Assert.That((order.Status, order.OrderClass, order.OrderType, order.LimitPrice, order.AverageFillPrice), Is.EqualTo((BrokerOrderStatus.Filled, "multileg", "credit", (decimal?)1.00m, (decimal?)1.00m)));
            Assert.That(order.Tag, Is.EqualTo("grp-1"));
            // Long put at its mid 4.80; the short put takes 1.00 + 4.80 = 5.80.
            Assert.That(order.Legs.Select(l => (l.OccSymbol, l.Side, l.ExecutedQuantity, l.AverageFillPrice)), Is.EqualTo(new[]
            {
                (ShortPut, OrderLegSide.SellToOpen, 1m, (decimal?)5.80m),
                (LongPut, OrderLegSide.BuyToOpen, 1m, (decimal?)4.80m),
            }));
            Assert.That(orders.Select(o => o.Id), Is.EqualTo(new[] { placed.OrderId }), "one order comes as an object");

            Assert.That(positions.Select(p => (p.Symbol, p.Quantity, p.CostBasis)), Is.EqualTo(new[] { (ShortPut, -1m, -580m), (LongPut, 1m, 480m) }));
            // 100,000 + 580 received − 480 paid.
            Assert.That(balances.TotalCash, Is.EqualTo(100_100m));
            Assert.That((balances.AccountNumber, balances.AccountType, balances.OptionBuyingPower), Is.EqualTo(("VA00000001", "margin", (decimal?)100_100m)));

            Assert.That(executions.Select(e => (e.OrderId, e.OccSymbol, e.Side, e.Quantity, e.AveragePrice, e.Tag)), Is.EqualTo(new[]
            {
                (placed.OrderId, ShortPut, OrderLegSide.SellToOpen, 1m, 5.80m, (string?)"grp-1"),
                (placed.OrderId, LongPut, OrderLegSide.BuyToOpen, 1m, 4.80m, (string?)"grp-1"),
            }));
        });
        Assert.That(await harness.Broker.GetExecutionsSinceAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task A_working_order_is_cancelled_and_a_second_cancel_is_refused_with_the_brokers_message()
    {
        harness = await BrokerOnStandIn.StartAsync(new StandInScenario { FillRule = FillRule.Never });
        var placed = await harness.Broker.PlaceMultiLegOrderAsync(OpenSpread(1.00m), CancellationToken.None);
        var working = await harness.Broker.GetOrderAsync(placed.OrderId, CancellationToken.None);

        await harness.Broker.CancelOrderAsync(placed.OrderId, CancellationToken.None);
        var cancelled = await harness.Broker.GetOrderAsync(placed.OrderId, CancellationToken.None);
        var again = Assert.ThrowsAsync<BrokerRejectedException>(() => harness.Broker.CancelOrderAsync(placed.OrderId, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That((working.Status, working.ExecutedQuantity, working.AverageFillPrice, working.RemainingQuantity), Is.EqualTo((BrokerOrderStatus.Open, 0m, (decimal?)null, 1m)));
            Assert.That(cancelled.Status, Is.EqualTo(BrokerOrderStatus.Canceled));
            Assert.That(cancelled.Status.IsFinal(), Is.True);
            Assert.That(again!.BrokerMessages, Is.EqualTo(new[] { $"Order {placed.OrderId} cannot be canceled: it is canceled" }));
            Assert.That(again.Message, Does.Contain("cannot be canceled"));
            Assert.That(harness.State.Calls.Any(c => c.Method == "DELETE" && c.Path == $"/v1/accounts/VA00000001/orders/{placed.OrderId}"), Is.True);
        });
        Assert.That(await harness.Broker.GetPositionsAsync(CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task Under_the_marketable_rule_a_credit_above_the_mid_waits_until_the_scripted_fill()
    {
        harness = await BrokerOnStandIn.StartAsync(new StandInScenario { FillRule = FillRule.Marketable });
        var atMid = await harness.Broker.PlaceMultiLegOrderAsync(OpenSpread(3.70m), CancellationToken.None);
        var aboveMid = await harness.Broker.PlaceMultiLegOrderAsync(OpenSpread(3.75m) with { Tag = "grp-2" }, CancellationToken.None);
        var first = await harness.Broker.GetOrderAsync(atMid.OrderId, CancellationToken.None);
        var second = await harness.Broker.GetOrderAsync(aboveMid.OrderId, CancellationToken.None);

        harness.State.FillOrder(int.Parse(aboveMid.OrderId, System.Globalization.CultureInfo.InvariantCulture));
        var later = await harness.Broker.GetOrderAsync(aboveMid.OrderId, CancellationToken.None);
        var orders = await harness.Broker.GetOrdersAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(first.Status, Is.EqualTo(BrokerOrderStatus.Filled));
            Assert.That(second.Status, Is.EqualTo(BrokerOrderStatus.Open));
            Assert.That((later.Status, later.AverageFillPrice), Is.EqualTo((BrokerOrderStatus.Filled, (decimal?)3.75m)));
            Assert.That(orders, Has.Count.EqualTo(2), "two orders come as an array");
        });
    }

    [Test]
    public async Task Under_the_marketable_rule_a_resting_buy_limit_fills_at_its_limit_once_the_market_crosses_it()
    {
        // Demo call 600: bid 8.90, ask 9.10, mid 9.00. A buy at 8.80 rests; a market of 8.70/8.95 (mid 8.825) does not reach it;
        // 8.65/8.95 (mid 8.80) does, and the order fills at its limit 8.80.
        const string Call = "SPY250919C00600000";
        harness = await BrokerOnStandIn.StartAsync(new StandInScenario { FillRule = FillRule.Marketable });
        var placed = await harness.Broker.PlaceOptionOrderAsync(new OptionOrderRequest("SPY", new(Call, OrderLegSide.BuyToOpen, 2), 8.80m, "rest-1"), CancellationToken.None);
        var id = int.Parse(placed.OrderId, System.Globalization.CultureInfo.InvariantCulture);
        var resting = await harness.Broker.GetOrderAsync(placed.OrderId, CancellationToken.None);

        var notYet = harness.State.MoveQuote(Call, 8.70m, 8.95m);
        var stillResting = await harness.Broker.GetOrderAsync(placed.OrderId, CancellationToken.None);
        var crossed = harness.State.MoveQuote(Call, 8.65m, 8.95m);
        var filled = await harness.Broker.GetOrderAsync(placed.OrderId, CancellationToken.None);
        var position = (await harness.Broker.GetPositionsAsync(CancellationToken.None)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(resting.Status, Is.EqualTo(BrokerOrderStatus.Open));
            Assert.That((notYet, stillResting.Status), Is.EqualTo((Array.Empty<int>(), BrokerOrderStatus.Open)));
            Assert.That(crossed, Is.EqualTo(new[] { id }));
            Assert.That((filled.Status, filled.AverageFillPrice, filled.ExecutedQuantity), Is.EqualTo((BrokerOrderStatus.Filled, (decimal?)8.80m, 2m)));
            // 2 contracts × 8.80 × 100 = 1,760 $ of cost.
            Assert.That((position.Symbol, position.Quantity, position.CostBasis), Is.EqualTo((Call, 2m, 1760m)));
        });
    }

    [Test]
    public async Task A_close_is_prechecked_previewed_placed_and_its_result_appears_in_gainloss()
    {
        harness = await BrokerOnStandIn.StartAsync();
        await harness.Broker.PlaceMultiLegOrderAsync(OpenSpread(1.00m), CancellationToken.None);
        var close = new MultiLegOrderRequest("SPY", [new(ShortPut, OrderLegSide.BuyToClose, 1), new(LongPut, OrderLegSide.SellToClose, 1)], NetPriceType.Debit, 3.80m, "grp-1");

        var passed = await harness.Broker.PrecheckCloseAsync(close, "grp-1", CancellationToken.None);
        var tooBig = await harness.Broker.PrecheckCloseAsync(close with { Legs = [new(ShortPut, OrderLegSide.BuyToClose, 2), new(LongPut, OrderLegSide.SellToClose, 2)] }, "grp-1", CancellationToken.None);
        var postsBeforeClose = harness.State.Calls.Count(c => c.Method == "POST");
        var placed = await harness.Broker.PlaceComboCloseOrderAsync(close, CancellationToken.None);
        var filled = await harness.Broker.GetOrderAsync(placed.OrderId, CancellationToken.None);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var closed = await harness.Broker.GetClosedPositionsAsync(today.AddDays(-1), today.AddDays(1), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(passed.Passed, Is.True, string.Join("; ", passed.Problems));
            Assert.That(passed.Preview!.Accepted, Is.True);
            // A 3.80 debit on one spread costs 380 $.
            Assert.That(passed.Preview.Cost, Is.EqualTo(380m));
            Assert.That(tooBig.Passed, Is.False);
            Assert.That(tooBig.Preview, Is.Null, "no preview when positions already fail");
            Assert.That(tooBig.Problems, Is.EqualTo(new[]
            {
                $"{ShortPut}: BuyToClose of 2 contracts, but the broker holds -1",
                $"{LongPut}: SellToClose of 2 contracts, but the broker holds 1",
            }));
            Assert.That(postsBeforeClose, Is.EqualTo(2), "the open and one preview: the failing pre-check sent nothing");
            Assert.That(harness.State.Calls.Where(c => c.Method == "POST").Skip(1).First().Form["preview"], Is.EqualTo("true"));
            Assert.That(filled.Status, Is.EqualTo(BrokerOrderStatus.Filled));
            // Long put sold at its mid 4.80; the short put is bought back at 3.80 + 4.80 = 8.60. Short: proceeds 580, cost 860 → −280; long: 480 − 480 = 0.
            Assert.That(closed.Select(c => (c.Symbol, c.Quantity, c.Cost, c.Proceeds, c.GainLoss)), Is.EquivalentTo(new[]
            {
                (ShortPut, 1m, 860m, 580m, -280m),
                (LongPut, 1m, 480m, 480m, 0m),
            }));
        });
        Assert.That(await harness.Broker.GetPositionsAsync(CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task The_emergency_close_is_the_one_market_order_and_fills_at_the_touch()
    {
        harness = await BrokerOnStandIn.StartAsync();
        await harness.Broker.PlaceMultiLegOrderAsync(OpenSpread(1.00m), CancellationToken.None);

        var placed = await harness.Broker.PlaceEmergencyMarketCloseAsync(
            new EmergencyCloseRequest("SPY", [new(ShortPut, OrderLegSide.BuyToClose, 1), new(LongPut, OrderLegSide.SellToClose, 1)], "VIX +12 % in 1 min; limit close unfilled after 30 s"),
            CancellationToken.None);
        var order = await harness.Broker.GetOrderAsync(placed.OrderId, CancellationToken.None);

        var posts = harness.State.Calls.Where(c => c.Method == "POST").Select(c => c.Form).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(posts.Select(f => f["type"]), Is.EqualTo(new[] { "credit", "market" }));
            Assert.That(posts[1].ContainsKey("price"), Is.False);
            Assert.That((order.Status, order.OrderType, order.LimitPrice), Is.EqualTo((BrokerOrderStatus.Filled, "market", (decimal?)null)));
            // At market: buy back at the ask 8.60, sell at the bid 4.70.
            Assert.That(order.Legs.Select(l => l.AverageFillPrice), Is.EqualTo(new decimal?[] { 8.60m, 4.70m }));
        });
        Assert.That(await harness.Broker.GetPositionsAsync(CancellationToken.None), Is.Empty);
    }

    private static MultiLegOrderRequest OpenSpread(decimal credit) =>
        new("SPY", [new(ShortPut, OrderLegSide.SellToOpen, 1), new(LongPut, OrderLegSide.BuyToOpen, 1)], NetPriceType.Credit, credit, "grp-1");
}
