using System.Globalization;
using System.Text.Json.Nodes;

namespace Kapman.TradierStandIn;

/// <summary>
/// Tradier's wire shapes: a list of one is the object itself, an empty account list is the string <c>"null"</c> (market-data lists
/// are JSON null), errors are <c>{"errors":{"error":…}}</c> (one message a string, several an array); times are ISO 8601 UTC with
/// milliseconds in account data and epoch milliseconds in quotes.
/// </summary>
public static class StandInJson
{
    /// <summary>Tradier's list value: <paramref name="empty"/> for none, the item for one, an array for more.</summary>
    public static JsonNode? List(IReadOnlyList<JsonNode> items, JsonNode? empty)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => empty,
            1 => items[0],
            _ => new JsonArray([.. items]),
        };
    }

    /// <summary>The errors body for <paramref name="messages"/>.</summary>
    public static JsonObject Errors(IReadOnlyList<string> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return new JsonObject
        {
            ["errors"] = new JsonObject { ["error"] = List([.. messages.Select(m => (JsonNode)JsonValue.Create(m))], null) },
        };
    }

    /// <summary>An ISO 8601 UTC time with milliseconds, e.g. <c>2018-06-01T12:02:29.682Z</c>.</summary>
    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>An equity quote as Tradier writes it.</summary>
    public static JsonObject Quote(StandInQuote q, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(q);
        var ms = now.ToUnixTimeMilliseconds();
        return new JsonObject
        {
            ["symbol"] = q.Symbol,
            ["description"] = q.Symbol,
            ["exch"] = "Q",
            ["type"] = "stock",
            ["last"] = q.Last,
            ["volume"] = q.Volume,
            ["bid"] = q.Bid,
            ["ask"] = q.Ask,
            ["bidsize"] = 3,
            ["asksize"] = 5,
            ["trade_date"] = ms,
            ["bid_date"] = ms,
            ["ask_date"] = ms,
        };
    }

    /// <summary>An option contract as Tradier writes it in quotes and chains, with <c>greeks</c> when asked for.</summary>
    public static JsonObject Option(StandInContract c, DateTimeOffset now, bool greeks)
    {
        ArgumentNullException.ThrowIfNull(c);
        var ms = now.ToUnixTimeMilliseconds();
        var option = new JsonObject
        {
            ["symbol"] = c.Symbol,
            ["description"] = $"{c.Underlying} {c.Expiration:MMM dd yyyy} ${c.Strike} {c.OptionType}",
            ["exch"] = "Z",
            ["type"] = "option",
            ["last"] = c.Mid,
            ["volume"] = 10,
            ["bid"] = c.Bid,
            ["ask"] = c.Ask,
            ["underlying"] = c.Underlying,
            ["strike"] = c.Strike,
            ["bidsize"] = 10,
            ["asksize"] = 12,
            ["bid_date"] = ms,
            ["ask_date"] = ms,
            ["open_interest"] = c.OpenInterest,
            ["contract_size"] = 100,
            ["expiration_date"] = c.Expiration.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["expiration_type"] = "standard",
            ["option_type"] = c.OptionType,
            ["root_symbol"] = c.Underlying,
        };
        if (greeks)
        {
            option["greeks"] = new JsonObject
            {
                ["delta"] = c.Delta,
                ["gamma"] = 0.01m,
                ["theta"] = -0.05m,
                ["vega"] = 0.2m,
                ["rho"] = 0.01m,
                ["phi"] = -0.01m,
                ["bid_iv"] = c.MidIv - 0.01m,
                ["mid_iv"] = c.MidIv,
                ["ask_iv"] = c.MidIv + 0.01m,
                ["smv_vol"] = c.MidIv,
                ["updated_at"] = now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            };
        }

        return option;
    }

    /// <summary>An order as Tradier writes it: an option order carries its leg in its own fields, a multileg order a <c>leg</c> array.</summary>
    public static JsonObject Order(StandInOrder o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var filled = o.IsFilled;
        var order = new JsonObject
        {
            ["id"] = o.Id,
            ["type"] = o.Type,
            ["symbol"] = o.Symbol,
            ["side"] = o.Class == "option" ? o.Legs[0].Side : (o.Type == "debit" ? "buy" : "sell"),
            ["quantity"] = (decimal)o.Quantity,
            ["status"] = o.Status,
            ["duration"] = o.Duration,
            ["avg_fill_price"] = o.AvgFillPrice,
            ["exec_quantity"] = filled ? (decimal)o.Quantity : 0m,
            ["last_fill_price"] = o.AvgFillPrice,
            ["last_fill_quantity"] = filled ? (decimal)o.Quantity : 0m,
            ["remaining_quantity"] = filled || o.Status == "canceled" ? 0m : o.Quantity,
            ["create_date"] = Iso(o.CreateDate),
            ["transaction_date"] = Iso(o.TransactionDate),
            ["class"] = o.Class,
        };
        if (o.Price is { } price)
        {
            order["price"] = price;
        }

        if (o.Tag is not null)
        {
            order["tag"] = o.Tag;
        }

        if (o.Class == "option")
        {
            order["option_symbol"] = o.Legs[0].OptionSymbol;
            return order;
        }

        order["num_legs"] = o.Legs.Count;
        order["strategy"] = o.Legs.Count == 4 ? "condor" : "spread";
        order["leg"] = new JsonArray([.. o.Legs.Select(l => (JsonNode)new JsonObject
        {
            ["id"] = o.Id * 10 + o.Legs.ToList().IndexOf(l) + 1,
            ["type"] = o.Type,
            ["symbol"] = o.Symbol,
            ["side"] = l.Side,
            ["quantity"] = (decimal)l.Quantity,
            ["status"] = o.Status,
            ["duration"] = o.Duration,
            ["avg_fill_price"] = l.AvgFillPrice,
            ["exec_quantity"] = (decimal)l.ExecQuantity,
            ["last_fill_price"] = l.AvgFillPrice,
            ["last_fill_quantity"] = (decimal)l.ExecQuantity,
            ["remaining_quantity"] = filled || o.Status == "canceled" ? 0m : l.Quantity,
            ["create_date"] = Iso(o.CreateDate),
            ["transaction_date"] = Iso(o.TransactionDate),
            ["class"] = "option",
            ["option_symbol"] = l.OptionSymbol,
        })]);
        return order;
    }
}
