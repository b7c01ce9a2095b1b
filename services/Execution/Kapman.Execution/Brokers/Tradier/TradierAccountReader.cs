using System.Text.Json;
using Kapman.Execution.Core.Brokers;

namespace Kapman.Execution.Brokers.Tradier;

/// <summary>
/// Reads Tradier's account answers: <c>{"balances":{…}}</c> (buying power under <c>margin</c>, <c>pdt</c> or <c>cash</c> by account
/// type), <c>{"positions":{"position":…}}</c> and <c>{"gainloss":{"closed_position":…}}</c>, lists possibly one object, null or "null".
/// </summary>
internal static class TradierAccountReader
{
    /// <summary>The balances.</summary>
    /// <exception cref="InvalidDataException">There is no <c>balances</c> object.</exception>
    public static AccountBalances Balances(JsonElement root)
    {
        var b = TradierJson.RequiredObject(root, "balances");
        decimal? buyingPower = null;
        if (TradierJson.TryObject(b, "margin", out var margin))
        {
            buyingPower = TradierJson.Decimal(margin, "option_buying_power");
        }
        else if (TradierJson.TryObject(b, "pdt", out var pdt))
        {
            buyingPower = TradierJson.Decimal(pdt, "option_buying_power");
        }
        else if (TradierJson.TryObject(b, "cash", out var cash))
        {
            buyingPower = TradierJson.Decimal(cash, "cash_available");
        }

        return new AccountBalances(
            AccountNumber: TradierJson.String(b, "account_number") ?? string.Empty,
            AccountType: TradierJson.String(b, "account_type") ?? string.Empty,
            TotalEquity: TradierJson.DecimalOrZero(b, "total_equity"),
            TotalCash: TradierJson.DecimalOrZero(b, "total_cash"),
            MarketValue: TradierJson.DecimalOrZero(b, "market_value"),
            OptionBuyingPower: buyingPower,
            OpenPnl: TradierJson.DecimalOrZero(b, "open_pl"),
            ClosedPnl: TradierJson.DecimalOrZero(b, "close_pl"),
            OptionRequirement: TradierJson.DecimalOrZero(b, "option_requirement"),
            PendingOrdersCount: (int)(TradierJson.Long(b, "pending_orders_count") ?? 0));
    }

    /// <summary>The open positions, option symbols in Kapman's OCC form.</summary>
    public static IReadOnlyList<BrokerPosition> Positions(JsonElement root, IBrokerSymbolFormat format) =>
        [.. TradierJson.Items(root, "positions", "position").Select(p => new BrokerPosition(
            Symbol: TradierMarketReader.KapmanSymbol(TradierJson.RequiredString(p, "symbol"), format),
            Quantity: TradierJson.DecimalOrZero(p, "quantity"),
            CostBasis: TradierJson.DecimalOrZero(p, "cost_basis"),
            AcquiredAt: TradierJson.IsoTime(p, "date_acquired")))];

    /// <summary>The closed positions.</summary>
    /// <exception cref="InvalidDataException">A closed position lacks its dates.</exception>
    public static IReadOnlyList<ClosedPosition> ClosedPositions(JsonElement root, IBrokerSymbolFormat format) =>
        [.. TradierJson.Items(root, "gainloss", "closed_position").Select(c => new ClosedPosition(
            Symbol: TradierMarketReader.KapmanSymbol(TradierJson.RequiredString(c, "symbol"), format),
            Quantity: TradierJson.DecimalOrZero(c, "quantity"),
            Cost: TradierJson.DecimalOrZero(c, "cost"),
            Proceeds: TradierJson.DecimalOrZero(c, "proceeds"),
            GainLoss: TradierJson.DecimalOrZero(c, "gain_loss"),
            OpenedAt: TradierJson.IsoTime(c, "open_date") ?? throw new InvalidDataException("A Tradier closed position has no open_date."),
            ClosedAt: TradierJson.IsoTime(c, "close_date") ?? throw new InvalidDataException("A Tradier closed position has no close_date.")))];
}
