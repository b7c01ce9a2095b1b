using Kapman.Execution.Brokers.Tradier;
using Kapman.Execution.Core.Brokers;

namespace Kapman.Execution.Brokers.Tests;

/// <summary>
/// The order forms follow Tradier's documented fields (class=multileg, option_symbol[i], side[i], quantity[i], type, duration, price),
/// invalid requests never become a form, and only the emergency close is a market order (docs/domain/execution.md#market-orders, seed 003 §11, Appendix G).
/// </summary>
public class TradierOrderFormTests
{
    private static readonly OrderLeg[] IronCondor =
    [
        new("SPY250919P00590000", OrderLegSide.BuyToOpen, 2),
        new("SPY250919P00600000", OrderLegSide.SellToOpen, 2),
        new("SPY250919C00610000", OrderLegSide.SellToOpen, 2),
        new("SPY250919C00620000", OrderLegSide.BuyToOpen, 2),
    ];

    [Test]
    public void An_iron_condor_is_a_multileg_credit_day_order_with_indexed_legs()
    {
        var form = TradierOrderForm.MultiLeg(new MultiLegOrderRequest("SPY", IronCondor, NetPriceType.Credit, 1.5m, "grp-42"), OccSymbolFormat.Tradier, closing: false, preview: false);

        Assert.That(form.Select(f => $"{f.Key}={f.Value}"), Is.EqualTo(new[]
        {
            "class=multileg", "symbol=SPY", "type=credit", "duration=day", "price=1.50",
            "option_symbol[0]=SPY250919P00590000", "side[0]=buy_to_open", "quantity[0]=2",
            "option_symbol[1]=SPY250919P00600000", "side[1]=sell_to_open", "quantity[1]=2",
            "option_symbol[2]=SPY250919C00610000", "side[2]=sell_to_open", "quantity[2]=2",
            "option_symbol[3]=SPY250919C00620000", "side[3]=buy_to_open", "quantity[3]=2",
            "tag=grp-42",
        }));
    }

    [Test]
    public void An_even_order_sends_no_price_and_a_preview_says_so() =>
        Assert.That(
            TradierOrderForm.MultiLeg(new MultiLegOrderRequest("SPY", IronCondor[..2], NetPriceType.Even, 0m), OccSymbolFormat.Tradier, closing: false, preview: true)
                .Select(f => f.Key),
            Is.EqualTo(new[] { "class", "symbol", "type", "duration", "option_symbol[0]", "side[0]", "quantity[0]", "option_symbol[1]", "side[1]", "quantity[1]", "preview" }));

    [Test]
    public void A_one_leg_close_is_an_option_limit_order()
    {
        var form = TradierOrderForm.Close(
            new MultiLegOrderRequest("SPY", [new("SPY250919P00600000", OrderLegSide.BuyToClose, 1)], NetPriceType.Debit, 0.45m), OccSymbolFormat.Tradier, preview: false);

        Assert.That(form.Select(f => $"{f.Key}={f.Value}"), Is.EqualTo(new[]
        {
            "class=option", "symbol=SPY", "option_symbol=SPY250919P00600000", "side=buy_to_close", "quantity=1", "type=limit", "duration=day", "price=0.45",
        }));
    }

    [Test]
    public void The_emergency_close_is_the_only_market_form_and_has_no_price()
    {
        var closing = new OrderLeg[] { new("SPY250919P00600000", OrderLegSide.BuyToClose, 1), new("SPY250919P00590000", OrderLegSide.SellToClose, 1) };
        var emergency = TradierOrderForm.EmergencyClose(new EmergencyCloseRequest("SPY", closing, "VIX +12% in 1 min, limit close unfilled after 30 s"), OccSymbolFormat.Tradier);
        var limitForms = new[]
        {
            TradierOrderForm.MultiLeg(new MultiLegOrderRequest("SPY", IronCondor, NetPriceType.Credit, 1.5m), OccSymbolFormat.Tradier, closing: false, preview: false),
            TradierOrderForm.Close(new MultiLegOrderRequest("SPY", closing, NetPriceType.Debit, 3.8m), OccSymbolFormat.Tradier, preview: false),
            TradierOrderForm.Option(new OptionOrderRequest("SPY", closing[0], 8.6m), OccSymbolFormat.Tradier, preview: false),
        };

        Assert.Multiple(() =>
        {
            Assert.That(emergency, Does.Contain(new KeyValuePair<string, string>("type", "market")));
            Assert.That(emergency, Does.Contain(new KeyValuePair<string, string>("class", "multileg")));
            Assert.That(emergency.Select(f => f.Key), Does.Not.Contain("price"));
            Assert.That(limitForms.SelectMany(f => f).Where(f => f.Key == "type").Select(f => f.Value), Has.None.EqualTo("market"));
        });
    }

    [Test]
    public void Invalid_requests_never_become_a_form()
    {
        var leg = new OrderLeg("SPY250919P00600000", OrderLegSide.SellToOpen, 1);
        Assert.Multiple(() =>
        {
            Assert.That(() => TradierOrderForm.MultiLeg(new("SPY", [leg], NetPriceType.Credit, 1m), OccSymbolFormat.Tradier, false, false), Throws.ArgumentException.With.Message.Contains("1 legs; 2 to 4"));
            Assert.That(() => TradierOrderForm.MultiLeg(new("SPY", [.. IronCondor, leg with { OccSymbol = "SPY250919C00630000" }], NetPriceType.Credit, 1m), OccSymbolFormat.Tradier, false, false), Throws.ArgumentException.With.Message.Contains("5 legs"));
            Assert.That(() => TradierOrderForm.MultiLeg(new("SPY", [leg, leg], NetPriceType.Credit, 1m), OccSymbolFormat.Tradier, false, false), Throws.ArgumentException.With.Message.Contains("same contract"));
            Assert.That(() => TradierOrderForm.MultiLeg(new("SPY", IronCondor, NetPriceType.Credit, 1.005m), OccSymbolFormat.Tradier, false, false), Throws.ArgumentException.With.Message.Contains("at most 2 decimals"));
            Assert.That(() => TradierOrderForm.MultiLeg(new("SPY", IronCondor, NetPriceType.Debit, 0m), OccSymbolFormat.Tradier, false, false), Throws.ArgumentException.With.Message.Contains("must be positive"));
            Assert.That(() => TradierOrderForm.MultiLeg(new("SPY", IronCondor, NetPriceType.Credit, 1m, "bad tag!"), OccSymbolFormat.Tradier, false, false), Throws.ArgumentException.With.Message.Contains("Tag"));
            Assert.That(() => TradierOrderForm.Option(new("SPY", leg with { Quantity = 0 }, 1m), OccSymbolFormat.Tradier, false), Throws.ArgumentException.With.Message.Contains("at least 1"));
            Assert.That(() => TradierOrderForm.Close(new("SPY", IronCondor, NetPriceType.Debit, 1m), OccSymbolFormat.Tradier, false), Throws.ArgumentException.With.Message.Contains("does not close"));
            Assert.That(() => TradierOrderForm.EmergencyClose(new("SPY", [leg with { Side = OrderLegSide.BuyToClose }], " "), OccSymbolFormat.Tradier), Throws.ArgumentException.With.Message.Contains("reason"));
            Assert.That(() => TradierOrderForm.Option(new("SPY", leg with { OccSymbol = "SPY" }, 1m), OccSymbolFormat.Tradier, false), Throws.InstanceOf<FormatException>());
        });
    }
}
