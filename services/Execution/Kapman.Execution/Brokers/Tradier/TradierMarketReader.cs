using System.Globalization;
using System.Text.Json;
using Kapman.Execution.Core.Brokers;
using Kapman.MarketData;

namespace Kapman.Execution.Brokers.Tradier;

/// <summary>
/// Reads Tradier's market-data answers: <c>{"quotes":{"quote":…}}</c>, <c>{"options":{"option":…}}</c>,
/// <c>{"expirations":{"date":…}}</c> and <c>{"clock":{…}}</c>, each list possibly one object, null or "null".
/// </summary>
internal static class TradierMarketReader
{
    /// <summary>The quotes, option symbols turned into Kapman's OCC form.</summary>
    public static IReadOnlyList<BrokerQuote> Quotes(JsonElement root, IBrokerSymbolFormat format) =>
        [.. TradierJson.Items(root, "quotes", "quote").Select(q => new BrokerQuote(
            Symbol: KapmanSymbol(TradierJson.RequiredString(q, "symbol"), format),
            Bid: TradierJson.Decimal(q, "bid"),
            Ask: TradierJson.Decimal(q, "ask"),
            Last: TradierJson.Decimal(q, "last"),
            BidSize: TradierJson.Long(q, "bidsize"),
            AskSize: TradierJson.Long(q, "asksize"),
            Volume: TradierJson.Long(q, "volume"),
            QuotedAt: Later(TradierJson.EpochMilliseconds(q, "bid_date"), TradierJson.EpochMilliseconds(q, "ask_date"))))];

    /// <summary>The chain's contracts.</summary>
    /// <exception cref="InvalidDataException">A contract lacks its symbol, expiration, type or strike.</exception>
    public static IReadOnlyList<OptionContractQuote> Chain(JsonElement root, IBrokerSymbolFormat format) =>
        [.. TradierJson.Items(root, "options", "option").Select(o => new OptionContractQuote(
            OccSymbol: format.FromBroker(TradierJson.RequiredString(o, "symbol")),
            Underlying: TradierJson.RequiredString(o, "underlying"),
            Expiration: TradierJson.Date(o, "expiration_date") ?? throw new InvalidDataException("A Tradier option has no expiration_date."),
            Right: TradierJson.String(o, "option_type") switch
            {
                "call" => OptionRight.Call,
                "put" => OptionRight.Put,
                var other => throw new InvalidDataException($"'{other}' is not a Tradier option_type."),
            },
            Strike: TradierJson.Decimal(o, "strike") ?? throw new InvalidDataException("A Tradier option has no strike."),
            Bid: TradierJson.Decimal(o, "bid"),
            Ask: TradierJson.Decimal(o, "ask"),
            Last: TradierJson.Decimal(o, "last"),
            Volume: TradierJson.Long(o, "volume"),
            OpenInterest: TradierJson.Long(o, "open_interest"),
            ContractSize: (int)(TradierJson.Long(o, "contract_size") ?? 100),
            Greeks: TradierJson.TryObject(o, "greeks", out var g)
                ? new OptionGreeks(
                    TradierJson.Decimal(g, "delta"),
                    TradierJson.Decimal(g, "gamma"),
                    TradierJson.Decimal(g, "theta"),
                    TradierJson.Decimal(g, "vega"),
                    TradierJson.Decimal(g, "rho"),
                    TradierJson.Decimal(g, "bid_iv"),
                    TradierJson.Decimal(g, "mid_iv"),
                    TradierJson.Decimal(g, "ask_iv"))
                : null))];

    /// <summary>The expiration dates, ascending.</summary>
    /// <exception cref="InvalidDataException">A date is not <c>yyyy-MM-dd</c>.</exception>
    public static IReadOnlyList<DateOnly> Expirations(JsonElement root) =>
        [.. TradierJson.Items(root, "expirations", "date")
            .Select(d => DateOnly.TryParseExact(TradierJson.String(d), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new InvalidDataException($"'{d.GetRawText()}' is not a Tradier expiration date."))
            .Order()];

    /// <summary>The market clock; <c>timestamp</c> is in epoch seconds, <c>next_change</c> an <c>HH:mm</c> Eastern time.</summary>
    /// <exception cref="InvalidDataException">The clock or its date is missing.</exception>
    public static MarketClock Clock(JsonElement root)
    {
        var clock = TradierJson.RequiredObject(root, "clock");
        var nextChange = TradierJson.String(clock, "next_change");
        return new MarketClock(
            Date: TradierJson.Date(clock, "date") ?? throw new InvalidDataException("Tradier's clock has no date."),
            State: TradierText.MarketState(TradierJson.String(clock, "state")),
            Timestamp: DateTimeOffset.FromUnixTimeSeconds(TradierJson.Long(clock, "timestamp") ?? 0),
            NextChange: TimeOnly.TryParseExact(nextChange, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null,
            NextState: TradierText.MarketState(TradierJson.String(clock, "next_state")),
            Description: TradierJson.String(clock, "description") ?? string.Empty);
    }

    /// <summary>An option symbol in Kapman's OCC form, any other symbol as it is.</summary>
    public static string KapmanSymbol(string brokerSymbol, IBrokerSymbolFormat format) =>
        OccSymbolFormat.IsOccSymbol(brokerSymbol) ? format.FromBroker(brokerSymbol) : brokerSymbol;

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
