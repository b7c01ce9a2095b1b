using System.Globalization;
using Kapman.Execution.Core.Brokers;

namespace Kapman.Execution.Brokers.Tradier;

/// <summary>
/// The form fields of <c>POST /v1/accounts/{id}/orders</c>: <c>class=multileg</c> with <c>symbol</c>, <c>type</c> (debit, credit,
/// even), <c>duration=day</c>, <c>price</c> and <c>option_symbol[i]</c>, <c>side[i]</c>, <c>quantity[i]</c> per leg; or
/// <c>class=option</c> with <c>option_symbol</c>, <c>side</c>, <c>quantity</c>, <c>type=limit</c>, <c>price</c>. Only
/// <see cref="EmergencyClose"/> writes <c>type=market</c>. Requests are validated with <see cref="OrderRequestRules"/> first.
/// </summary>
internal static class TradierOrderForm
{
    /// <summary>A multi-leg limit order (opening or closing), or its preview.</summary>
    /// <exception cref="ArgumentException">The request breaks <see cref="OrderRequestRules"/>.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> MultiLeg(MultiLegOrderRequest request, IBrokerSymbolFormat format, bool closing, bool preview)
    {
        OrderRequestRules.Validate(request, closing);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("class", "multileg"),
            new("symbol", request.Underlying),
            new("type", TradierText.PriceType(request.PriceType)),
            new("duration", "day"),
        };
        if (request.PriceType != NetPriceType.Even)
        {
            fields.Add(new("price", Price(request.LimitPrice)));
        }

        AddLegs(fields, request.Legs, format);
        return Finish(fields, request.Tag, preview);
    }

    /// <summary>
    /// A limit close of a position group, or its preview: every leg must close; one leg goes as <c>class=option</c> (Tradier's multileg
    /// class needs two), more as <c>class=multileg</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The request breaks <see cref="OrderRequestRules"/>.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> Close(MultiLegOrderRequest request, IBrokerSymbolFormat format, bool preview)
    {
        OrderRequestRules.Validate(request, closing: true);
        return request.Legs.Count == 1
            ? Option(new OptionOrderRequest(request.Underlying, request.Legs[0], request.LimitPrice, request.Tag), format, preview)
            : MultiLeg(request, format, closing: true, preview);
    }

    /// <summary>A single-leg option limit order, or its preview.</summary>
    /// <exception cref="ArgumentException">The request breaks <see cref="OrderRequestRules"/>.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> Option(OptionOrderRequest request, IBrokerSymbolFormat format, bool preview)
    {
        OrderRequestRules.Validate(request);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("class", "option"),
            new("symbol", request.Underlying),
            new("option_symbol", format.ToBroker(request.Leg.OccSymbol)),
            new("side", TradierText.Side(request.Leg.Side)),
            new("quantity", Quantity(request.Leg.Quantity)),
            new("type", "limit"),
            new("duration", "day"),
            new("price", Price(request.LimitPrice)),
        };
        return Finish(fields, request.Tag, preview);
    }

    /// <summary>
    /// The emergency market close (docs/domain/execution.md#market-orders, seed 003 Appendix G): <c>class=option</c> for one leg, else <c>class=multileg</c>, with
    /// <c>type=market</c>, <c>duration=day</c> and no price. The one form that is a market order.
    /// </summary>
    /// <exception cref="ArgumentException">The request breaks <see cref="OrderRequestRules"/> (a leg that does not close, no reason).</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> EmergencyClose(EmergencyCloseRequest request, IBrokerSymbolFormat format)
    {
        OrderRequestRules.Validate(request);
        List<KeyValuePair<string, string>> fields;
        if (request.Legs.Count == 1)
        {
            var leg = request.Legs[0];
            fields =
            [
                new("class", "option"),
                new("symbol", request.Underlying),
                new("option_symbol", format.ToBroker(leg.OccSymbol)),
                new("side", TradierText.Side(leg.Side)),
                new("quantity", Quantity(leg.Quantity)),
                new("type", "market"),
                new("duration", "day"),
            ];
        }
        else
        {
            fields =
            [
                new("class", "multileg"),
                new("symbol", request.Underlying),
                new("type", "market"),
                new("duration", "day"),
            ];
            AddLegs(fields, request.Legs, format);
        }

        return Finish(fields, request.Tag, preview: false);
    }

    private static void AddLegs(List<KeyValuePair<string, string>> fields, IReadOnlyList<OrderLeg> legs, IBrokerSymbolFormat format)
    {
        for (var i = 0; i < legs.Count; i++)
        {
            var index = i.ToString(CultureInfo.InvariantCulture);
            fields.Add(new($"option_symbol[{index}]", format.ToBroker(legs[i].OccSymbol)));
            fields.Add(new($"side[{index}]", TradierText.Side(legs[i].Side)));
            fields.Add(new($"quantity[{index}]", Quantity(legs[i].Quantity)));
        }
    }

    private static List<KeyValuePair<string, string>> Finish(List<KeyValuePair<string, string>> fields, string? tag, bool preview)
    {
        if (tag is not null)
        {
            fields.Add(new("tag", tag));
        }

        if (preview)
        {
            fields.Add(new("preview", "true"));
        }

        return fields;
    }

    private static string Price(decimal price) => price.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Quantity(int quantity) => quantity.ToString(CultureInfo.InvariantCulture);
}
