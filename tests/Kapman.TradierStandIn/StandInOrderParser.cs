using System.Globalization;

namespace Kapman.TradierStandIn;

/// <summary>
/// Reads the form of <c>POST /v1/accounts/{id}/orders</c> the way Tradier documents it: <c>class</c> (option or multileg here;
/// equity, combo, oto, oco and otoco are answered with an error), <c>symbol</c>, <c>type</c>, <c>duration</c>, <c>price</c>,
/// <c>option_symbol</c>/<c>side</c>/<c>quantity</c> (option) or <c>option_symbol[i]</c>/<c>side[i]</c>/<c>quantity[i]</c> from 0 (multileg, 2 to 4 legs),
/// <c>tag</c> and <c>preview</c>. Errors are the messages of Tradier's <c>{"errors":{"error":[…]}}</c>.
/// </summary>
public static class StandInOrderParser
{
    private static readonly string[] Sides = ["buy_to_open", "sell_to_open", "buy_to_close", "sell_to_close"];
    private static readonly string[] Durations = ["day", "gtc", "pre", "post"];

    /// <summary>The draft, or the errors that refuse the form.</summary>
    public static (OrderDraft? Draft, IReadOnlyList<string> Errors) Parse(IReadOnlyDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<string>();
        var orderClass = form.GetValueOrDefault("class");
        var symbol = form.GetValueOrDefault("symbol");
        var type = form.GetValueOrDefault("type");
        var duration = form.GetValueOrDefault("duration");
        if (orderClass is not ("option" or "multileg"))
        {
            errors.Add(orderClass is null ? "class is required" : $"class {orderClass} is not supported by the stand-in");
            return (null, errors);
        }

        if (string.IsNullOrWhiteSpace(symbol))
        {
            errors.Add("symbol is required");
        }

        if (duration is null || !Durations.Contains(duration))
        {
            errors.Add($"Invalid duration: {duration}");
        }

        var types = orderClass == "option" ? new[] { "market", "limit" } : ["market", "debit", "credit", "even"];
        if (type is null || !types.Contains(type))
        {
            errors.Add($"Invalid type for {orderClass}: {type}");
        }

        decimal? price = null;
        if (type is "limit" or "debit" or "credit")
        {
            if (!decimal.TryParse(form.GetValueOrDefault("price"), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) || parsed <= 0)
            {
                errors.Add($"price must be positive for a {type} order");
            }
            else
            {
                price = parsed;
            }
        }

        var legs = orderClass == "option" ? OptionLeg(form, errors) : MultiLegs(form, errors);
        var tag = form.GetValueOrDefault("tag");
        var preview = string.Equals(form.GetValueOrDefault("preview"), "true", StringComparison.OrdinalIgnoreCase);
        return errors.Count > 0 ? (null, errors) : (new OrderDraft(orderClass, symbol!, type!, duration!, price, tag, legs, preview), errors);
    }

    private static List<(string, string, int)> OptionLeg(IReadOnlyDictionary<string, string> form, List<string> errors)
    {
        var leg = Leg(form.GetValueOrDefault("option_symbol"), form.GetValueOrDefault("side"), form.GetValueOrDefault("quantity"), errors);
        return leg is null ? [] : [leg.Value];
    }

    private static List<(string, string, int)> MultiLegs(IReadOnlyDictionary<string, string> form, List<string> errors)
    {
        var legs = new List<(string, string, int)>();
        for (var i = 0; form.ContainsKey(string.Create(CultureInfo.InvariantCulture, $"option_symbol[{i}]")); i++)
        {
            var leg = Leg(
                form.GetValueOrDefault(string.Create(CultureInfo.InvariantCulture, $"option_symbol[{i}]")),
                form.GetValueOrDefault(string.Create(CultureInfo.InvariantCulture, $"side[{i}]")),
                form.GetValueOrDefault(string.Create(CultureInfo.InvariantCulture, $"quantity[{i}]")),
                errors);
            if (leg is not null)
            {
                legs.Add(leg.Value);
            }
        }

        if (legs.Count is < 2 or > 4)
        {
            errors.Add($"A multileg order needs 2 to 4 legs, got {legs.Count}");
        }

        return legs;
    }

    private static (string, string, int)? Leg(string? optionSymbol, string? side, string? quantity, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(optionSymbol))
        {
            errors.Add("option_symbol is required");
            return null;
        }

        if (side is null || !Sides.Contains(side))
        {
            errors.Add($"Invalid side for {optionSymbol}: {side}");
            return null;
        }

        if (!int.TryParse(quantity, NumberStyles.None, CultureInfo.InvariantCulture, out var contracts) || contracts < 1)
        {
            errors.Add($"Invalid quantity for {optionSymbol}: {quantity}");
            return null;
        }

        return (optionSymbol, side, contracts);
    }
}
