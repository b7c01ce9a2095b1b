using Kapman.Execution.Core.Brokers;

namespace Kapman.Execution.Brokers.Tradier;

/// <summary>Tradier's words for sides, price types, order states and market states.</summary>
internal static class TradierText
{
    /// <summary>Tradier's <c>side</c> of an option leg.</summary>
    public static string Side(OrderLegSide side) => side switch
    {
        OrderLegSide.BuyToOpen => "buy_to_open",
        OrderLegSide.SellToOpen => "sell_to_open",
        OrderLegSide.BuyToClose => "buy_to_close",
        OrderLegSide.SellToClose => "sell_to_close",
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Unknown side."),
    };

    /// <summary>The option side for Tradier's text.</summary>
    /// <exception cref="InvalidDataException">Not an option side.</exception>
    public static OrderLegSide Side(string? text) => text switch
    {
        "buy_to_open" => OrderLegSide.BuyToOpen,
        "sell_to_open" => OrderLegSide.SellToOpen,
        "buy_to_close" => OrderLegSide.BuyToClose,
        "sell_to_close" => OrderLegSide.SellToClose,
        _ => throw new InvalidDataException($"'{text}' is not a Tradier option side."),
    };

    /// <summary>Tradier's multileg <c>type</c>.</summary>
    public static string PriceType(NetPriceType type) => type switch
    {
        NetPriceType.Debit => "debit",
        NetPriceType.Credit => "credit",
        NetPriceType.Even => "even",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown price type."),
    };

    /// <summary>The order state for Tradier's <c>status</c>; unknown words are <see cref="BrokerOrderStatus.Unknown"/>.</summary>
    public static BrokerOrderStatus Status(string? text) => text switch
    {
        "pending" or "calculated" or "accepted_for_bidding" or "held" => BrokerOrderStatus.Pending,
        "open" => BrokerOrderStatus.Open,
        "partially_filled" => BrokerOrderStatus.PartiallyFilled,
        "filled" => BrokerOrderStatus.Filled,
        "expired" => BrokerOrderStatus.Expired,
        "canceled" => BrokerOrderStatus.Canceled,
        "rejected" => BrokerOrderStatus.Rejected,
        "error" => BrokerOrderStatus.Error,
        _ => BrokerOrderStatus.Unknown,
    };

    /// <summary>The market state for Tradier's clock word.</summary>
    public static MarketState MarketState(string? text) => text switch
    {
        "premarket" => Core.Brokers.MarketState.Premarket,
        "open" => Core.Brokers.MarketState.Open,
        "postmarket" => Core.Brokers.MarketState.Postmarket,
        "closed" => Core.Brokers.MarketState.Closed,
        _ => Core.Brokers.MarketState.Unknown,
    };
}
