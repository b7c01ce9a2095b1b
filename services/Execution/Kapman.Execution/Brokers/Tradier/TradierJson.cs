using System.Globalization;
using System.Text.Json;

namespace Kapman.Execution.Brokers.Tradier;

/// <summary>
/// Reading Tradier's JSON with its quirks: a list of one item is an object, not an array; an empty list is <c>null</c> or the string
/// <c>"null"</c> (e.g. <c>{"positions":"null"}</c>); numbers may be missing or null; dates are ISO 8601, epoch milliseconds or epoch seconds.
/// </summary>
internal static class TradierJson
{
    /// <summary>
    /// The items of <c>outer.inner</c> in <paramref name="root"/>, e.g. <c>{"orders":{"order":[…]}}</c>: none when either level is
    /// missing, null or "null"; one when the inner value is an object or a scalar; each element when it is an array.
    /// </summary>
    public static IReadOnlyList<JsonElement> Items(JsonElement root, string outer, string inner)
    {
        if (!TryObject(root, outer, out var container))
        {
            return [];
        }

        return List(container, inner);
    }

    /// <summary>The value of <paramref name="name"/> as a list: none when missing, null or "null"; one item; or an array's items.</summary>
    public static IReadOnlyList<JsonElement> List(JsonElement container, string name)
    {
        if (container.ValueKind != JsonValueKind.Object || !container.TryGetProperty(name, out var value) || IsNull(value))
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Where(e => !IsNull(e))] : [value];
    }

    /// <summary>True and the object at <paramref name="name"/>, when it is an object.</summary>
    public static bool TryObject(JsonElement container, string name, out JsonElement value)
    {
        value = default;
        return container.ValueKind == JsonValueKind.Object
            && container.TryGetProperty(name, out value)
            && value.ValueKind == JsonValueKind.Object;
    }

    /// <summary>The object at <paramref name="name"/>.</summary>
    /// <exception cref="InvalidDataException">It is missing or not an object.</exception>
    public static JsonElement RequiredObject(JsonElement container, string name) =>
        TryObject(container, name, out var value) ? value : throw new InvalidDataException($"Tradier's answer has no '{name}' object.");

    /// <summary>True for JSON null and the string "null".</summary>
    public static bool IsNull(JsonElement value) =>
        value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
        || (value.ValueKind == JsonValueKind.String && value.ValueEquals("null"));

    /// <summary>The text at <paramref name="name"/>, or null; numbers are given in their JSON text.</summary>
    public static string? String(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) ? String(value) : null;

    /// <summary>The text of a scalar value, or null for null, "null", objects and arrays; numbers are given in their JSON text.</summary>
    public static string? String(JsonElement value)
    {
        if (IsNull(value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
    }

    /// <summary>The text at <paramref name="name"/>.</summary>
    /// <exception cref="InvalidDataException">It is missing.</exception>
    public static string RequiredString(JsonElement item, string name) =>
        String(item, name) ?? throw new InvalidDataException($"A Tradier item has no '{name}'.");

    /// <summary>The number at <paramref name="name"/> (a JSON number or a numeric string), or null.</summary>
    public static decimal? Decimal(JsonElement item, string name)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(name, out var value) || IsNull(value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetDecimal(out var number) ? number : (decimal)value.GetDouble();
        }

        return value.ValueKind == JsonValueKind.String
            && decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : null;
    }

    /// <summary>The number at <paramref name="name"/>, or 0.</summary>
    public static decimal DecimalOrZero(JsonElement item, string name) => Decimal(item, name) ?? 0m;

    /// <summary>The number at <paramref name="name"/> rounded to a whole number, or null.</summary>
    public static long? Long(JsonElement item, string name) => Decimal(item, name) is { } number ? (long)decimal.Round(number) : null;

    /// <summary>A boolean at <paramref name="name"/> (JSON boolean or "true"/"false"), or null.</summary>
    public static bool? Boolean(JsonElement item, string name)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed) => parsed,
            _ => null,
        };
    }

    /// <summary>An ISO 8601 time (e.g. <c>2018-06-01T12:02:29.682Z</c>) at <paramref name="name"/>, read as UTC when it has no offset; or null.</summary>
    public static DateTimeOffset? IsoTime(JsonElement item, string name) =>
        String(item, name) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;

    /// <summary>An epoch-milliseconds time (Tradier quotes' <c>trade_date</c>, <c>bid_date</c>, <c>ask_date</c>) at <paramref name="name"/>, or null when missing or 0.</summary>
    public static DateTimeOffset? EpochMilliseconds(JsonElement item, string name) =>
        Long(item, name) is { } ms and > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    /// <summary>A <c>yyyy-MM-dd</c> date at <paramref name="name"/>, or null.</summary>
    public static DateOnly? Date(JsonElement item, string name) =>
        String(item, name) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
