using System.Text.Json;
using Kapman.Execution.Core.Brokers;

namespace Kapman.Execution.Brokers.Tradier;

/// <summary>
/// Reads Tradier's order answers: <c>{"orders":{"order":…}}</c> (one order an object, none <c>"null"</c>), <c>{"order":{…}}</c>, a
/// multileg order's <c>leg</c> list (one leg an object), the placement acknowledgement <c>{"order":{"id":…,"status":"ok"}}</c> and the
/// preview. Tradier reports 0 as the average fill price of an unfilled order; it is read as null.
/// </summary>
internal static class TradierOrderReader
{
    /// <summary>The listed orders.</summary>
    public static IReadOnlyList<BrokerOrder> Orders(JsonElement root, IBrokerSymbolFormat format) =>
        [.. TradierJson.Items(root, "orders", "order").Select(o => Order(o, format))];

    /// <summary>The order of <c>{"order":{…}}</c>.</summary>
    /// <exception cref="InvalidDataException">There is no order object.</exception>
    public static BrokerOrder SingleOrder(JsonElement root, IBrokerSymbolFormat format) => Order(TradierJson.RequiredObject(root, "order"), format);

    /// <summary>The acknowledgement of a placed or cancelled order.</summary>
    /// <exception cref="InvalidDataException">There is no order object or no id.</exception>
    public static OrderPlacement Placement(JsonElement root)
    {
        var order = TradierJson.RequiredObject(root, "order");
        return new OrderPlacement(TradierJson.RequiredString(order, "id"), TradierJson.String(order, "status") ?? string.Empty);
    }

    /// <summary>The preview of an order (<c>preview=true</c>): accepted when <c>result</c> is true, or, without it, when <c>status</c> is ok.</summary>
    /// <exception cref="InvalidDataException">There is no order object.</exception>
    public static OrderPreview Preview(JsonElement root)
    {
        var order = TradierJson.RequiredObject(root, "order");
        return new OrderPreview(
            Accepted: TradierJson.Boolean(order, "result") ?? string.Equals(TradierJson.String(order, "status"), "ok", StringComparison.Ordinal),
            Commission: TradierJson.Decimal(order, "commission"),
            Fees: TradierJson.Decimal(order, "fees"),
            Cost: TradierJson.Decimal(order, "cost"),
            MarginChange: TradierJson.Decimal(order, "margin_change"),
            Strategy: TradierJson.String(order, "strategy"));
    }

    private static BrokerOrder Order(JsonElement o, IBrokerSymbolFormat format)
    {
        var orderClass = TradierJson.String(o, "class") ?? string.Empty;
        var rawStatus = TradierJson.String(o, "status") ?? string.Empty;
        var executed = TradierJson.DecimalOrZero(o, "exec_quantity");
        IReadOnlyList<BrokerOrderLeg> legs = orderClass switch
        {
            // A single-leg option order carries its leg in the order's own fields.
            "option" => [Leg(o, format)],
            // Multileg and combo orders list their legs; a combo's equity leg has no option symbol and is not an option leg.
            _ => [.. TradierJson.List(o, "leg").Where(l => TradierJson.String(l, "option_symbol") is not null).Select(l => Leg(l, format))],
        };
        return new BrokerOrder(
            Id: TradierJson.RequiredString(o, "id"),
            OrderClass: orderClass,
            Symbol: TradierJson.String(o, "symbol") ?? string.Empty,
            OrderType: TradierJson.String(o, "type") ?? string.Empty,
            Status: TradierText.Status(rawStatus),
            RawStatus: rawStatus,
            Quantity: TradierJson.DecimalOrZero(o, "quantity"),
            LimitPrice: TradierJson.Decimal(o, "price"),
            AverageFillPrice: executed > 0 ? TradierJson.Decimal(o, "avg_fill_price") : null,
            ExecutedQuantity: executed,
            RemainingQuantity: TradierJson.DecimalOrZero(o, "remaining_quantity"),
            CreatedAt: TradierJson.IsoTime(o, "create_date"),
            UpdatedAt: TradierJson.IsoTime(o, "transaction_date"),
            Tag: TradierJson.String(o, "tag"),
            Legs: legs,
            RejectReason: TradierJson.String(o, "reason_description"));
    }

    private static BrokerOrderLeg Leg(JsonElement l, IBrokerSymbolFormat format)
    {
        var executed = TradierJson.DecimalOrZero(l, "exec_quantity");
        return new BrokerOrderLeg(
            OccSymbol: format.FromBroker(TradierJson.RequiredString(l, "option_symbol")),
            Side: TradierText.Side(TradierJson.String(l, "side")),
            Quantity: TradierJson.DecimalOrZero(l, "quantity"),
            Status: TradierText.Status(TradierJson.String(l, "status")),
            ExecutedQuantity: executed,
            RemainingQuantity: TradierJson.DecimalOrZero(l, "remaining_quantity"),
            AverageFillPrice: executed > 0 ? TradierJson.Decimal(l, "avg_fill_price") : null,
            LastFillPrice: executed > 0 ? TradierJson.Decimal(l, "last_fill_price") : null,
            UpdatedAt: TradierJson.IsoTime(l, "transaction_date"));
    }
}
