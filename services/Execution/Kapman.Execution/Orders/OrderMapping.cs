using System.Globalization;
using Kapman.Execution.Core.Brokers;
using Kapman.Execution.Core.Orders;
using Kapman.Execution.Core.Walking;
using Kapman.Execution.Data;
using BrokerLeg = Kapman.Execution.Core.Brokers.OrderLeg;
using CoreLeg = Kapman.Execution.Core.Orders.OrderLeg;

namespace Kapman.Execution.Orders;

/// <summary>Between stored orders and the core's orders, walks and broker requests.</summary>
public static class OrderMapping
{
    /// <summary>The core's combo of <paramref name="order"/> at <paramref name="limit"/> (default: the stored limit), $ per share.</summary>
    public static ComboOrder Combo(OrderRow order, decimal? limit = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        var legs = order.Legs.Select(l => new CoreLeg(
            l.OccSymbol, l.Side == "BUY" ? OrderSide.Buy : OrderSide.Sell, l.Ratio, l.PositionEffect == "OPEN" ? PositionEffect.Open : PositionEffect.Close)).ToList();
        return new ComboOrder(order.Id.ToString(), order.GroupId, order.Strategy, order.Ticker, legs, order.Quantity,
            OrderTexts.ParsePriceType(order.PriceType), limit ?? order.LimitPrice);
    }

    /// <summary>The lifecycle the stored row is in, priced at <paramref name="limit"/> (default: the stored limit).</summary>
    public static OrderLifecycle Lifecycle(OrderRow order, decimal? limit = null) =>
        new(Combo(order, limit), OrderTexts.ParseState(order.State), order.FilledQuantity, order.AverageFillPrice);

    /// <summary>The walking limit of the stored order (docs/domain/execution.md#walking-limit, seed 003 Appendix B).</summary>
    public static WalkingLimitParameters Walk(OrderRow order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new WalkingLimitParameters(OrderTexts.ParsePriceType(order.PriceType), order.StartPrice, order.WorstPrice, order.Step,
            TimeSpan.FromMilliseconds(order.StepIntervalMs), TimeSpan.FromMilliseconds(order.MaxDurationMs));
    }

    /// <summary>The client tag of step <paramref name="step"/> of order <paramref name="orderId"/>: letters, digits and '-' (Tradier's rule).</summary>
    public static string Tag(Guid orderId, int step) => string.Create(CultureInfo.InvariantCulture, $"kapman-{orderId:N}-{step}");

    /// <summary>The broker legs for the remaining <paramref name="quantity"/> combo units.</summary>
    public static IReadOnlyList<BrokerLeg> BrokerLegs(OrderRow order, int quantity)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Legs.Select(l => new BrokerLeg(l.OccSymbol, (l.Side, l.PositionEffect) switch
        {
            ("BUY", "OPEN") => OrderLegSide.BuyToOpen,
            ("SELL", "OPEN") => OrderLegSide.SellToOpen,
            ("BUY", _) => OrderLegSide.BuyToClose,
            _ => OrderLegSide.SellToClose,
        }, l.Ratio * quantity)).ToList();
    }

    /// <summary>
    /// Places one rung: a close (every leg closing) as a combo close, one opening leg as an option order, several as a multi-leg order;
    /// always a limit day order at <paramref name="price"/> $ per share, tagged.
    /// </summary>
    public static Task<OrderPlacement> PlaceAsync(IBroker broker, OrderRow order, int quantity, decimal price, string tag, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(broker);
        ArgumentNullException.ThrowIfNull(order);
        var legs = BrokerLegs(order, quantity);
        var type = order.PriceType == "CREDIT" ? NetPriceType.Credit : NetPriceType.Debit;
        if (legs.All(l => l.Side.IsClosing()))
        {
            return broker.PlaceComboCloseOrderAsync(new MultiLegOrderRequest(order.Ticker, legs, type, price, tag), ct);
        }

        return legs.Count == 1
            ? broker.PlaceOptionOrderAsync(new OptionOrderRequest(order.Ticker, legs[0], price, tag), ct)
            : broker.PlaceMultiLegOrderAsync(new MultiLegOrderRequest(order.Ticker, legs, type, price, tag), ct);
    }

    /// <summary>The combo in words, e.g. <c>BUY 2 SPY251024C00650000 / SELL 2 SPY251024C00660000 @ 1.25 DEBIT</c>.</summary>
    public static string Describe(OrderRow order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var legs = string.Join(" / ", order.Legs.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Side} {l.Ratio * order.Quantity} {l.OccSymbol}")));
        return string.Create(CultureInfo.InvariantCulture, $"{legs} @ {order.LimitPrice:0.00} {order.PriceType}");
    }
}
