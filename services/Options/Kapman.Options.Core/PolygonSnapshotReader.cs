using System.Globalization;
using System.Text.Json;
using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Options.Core;

/// <summary>
/// Reads an option chain in the shape of Polygon's <c>GET /v3/snapshot/options/{underlying}</c> response
/// (https://polygon.io/docs/options/get_v3_snapshot_options__underlyingasset).
/// </summary>
/// <remarks>
/// Field mapping per <c>results[]</c> row: <c>details.ticker</c> → <see cref="OptionQuote.OccSymbol"/> (without "O:"),
/// <c>details.contract_type</c> ("call"/"put") → Right, <c>details.expiration_date</c> → Expiration,
/// <c>details.strike_price</c> → Strike, <c>details.shares_per_contract</c> → SharesPerContract,
/// <c>details.exercise_style</c> ("american"/"european", else null) → <see cref="OptionQuote.Style"/>,
/// <c>last_quote.bid/ask</c> → Bid/Ask, <c>last_trade.price</c> (else <c>day.close</c>) → Last,
/// <c>day.volume</c> → Volume (0 if absent), <c>open_interest</c> → OpenInterest (0 if absent),
/// <c>implied_volatility</c> → ImpliedVolatility, <c>greeks.delta/gamma/theta/vega</c> → Greeks
/// (Polygon's theta is per calendar day and its vega per 1 vol point; it has no rho, so Rho is NaN;
/// a greeks object lacking any of the four is treated as absent).
/// Spot: top-level <c>underlying.close</c>, else the first row's <c>underlying_asset.price</c>.
/// </remarks>
public static class PolygonSnapshotReader
{
    private const string FeedSource = "feed";

    /// <summary>
    /// Reads the snapshot; rows that cannot be read, and repeats of an OCC symbol already read (<see cref="SkipReason.DuplicateSymbol"/>,
    /// the first row wins), are left out and listed in <see cref="OptionChainSnapshot.Skipped"/>.
    /// </summary>
    /// <param name="json">The response body (UTF-8 JSON); read to its end, not disposed.</param>
    /// <param name="underlying">The underlying ticker requested, e.g. "SPY".</param>
    /// <param name="asOf">The session date the snapshot belongs to.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    /// <exception cref="InvalidDataException">
    /// No <c>results</c> array; <c>as_of</c> or <c>underlying.ticker</c> disagree with the arguments; or no positive spot anywhere.
    /// </exception>
    public static OptionChainSnapshot Read(Stream json, string underlying, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(underlying);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("results", out var results)
            || results.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The snapshot has no 'results' array.");
        }

        CheckHeader(root, underlying, asOf);
        var spot = FindSpot(root, results)
            ?? throw new InvalidDataException("The snapshot has no positive 'underlying.close' nor 'results[].underlying_asset.price'.");
        var source = root.TryGetProperty("source", out var sourceElement) && sourceElement.ValueKind == JsonValueKind.String
            ? sourceElement.GetString()
            : null;

        var contracts = new List<OptionQuote>();
        var skipped = new List<SkippedContract>();
        var symbols = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var row in results.EnumerateArray())
        {
            var quote = ReadRow(row, underlying, out var reason);
            if (quote is not null && !symbols.Add(quote.OccSymbol))
            {
                // (as_of, occ_symbol) is the stored key: a second row of a symbol would fail the whole write.
                reason = SkipReason.DuplicateSymbol + $": '{quote.OccSymbol}' already read";
                quote = null;
            }

            if (quote is not null)
            {
                contracts.Add(quote);
            }
            else
            {
                skipped.Add(new SkippedContract(index, TickerOf(row), reason!));
            }

            index++;
        }

        return new OptionChainSnapshot(underlying, asOf, spot, source, contracts) { Skipped = skipped };
    }

    private static void CheckHeader(JsonElement root, string underlying, DateOnly asOf)
    {
        if (root.TryGetProperty("as_of", out var asOfElement) && asOfElement.ValueKind == JsonValueKind.String)
        {
            var text = asOfElement.GetString();
            if (text != asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            {
                throw new InvalidDataException($"The snapshot is as of '{text}', not {asOf:yyyy-MM-dd}.");
            }
        }

        if (root.TryGetProperty("underlying", out var header) && header.ValueKind == JsonValueKind.Object
            && header.TryGetProperty("ticker", out var ticker) && ticker.ValueKind == JsonValueKind.String
            && !string.Equals(ticker.GetString(), underlying, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"The snapshot is for '{ticker.GetString()}', not '{underlying}'.");
        }
    }

    private static double? FindSpot(JsonElement root, JsonElement results)
    {
        if (root.TryGetProperty("underlying", out var header) && PositiveNumber(header, "close") is { } close)
        {
            return close;
        }

        foreach (var row in results.EnumerateArray())
        {
            if (row.ValueKind == JsonValueKind.Object && row.TryGetProperty("underlying_asset", out var asset)
                && PositiveNumber(asset, "price") is { } price)
            {
                return price;
            }
        }

        return null;
    }

    private static OptionQuote? ReadRow(JsonElement row, string underlying, out string? reason)
    {
        reason = null;
        if (row.ValueKind != JsonValueKind.Object || !row.TryGetProperty("details", out var details) || details.ValueKind != JsonValueKind.Object)
        {
            reason = SkipReason.MissingDetails + ": no 'details' object";
            return null;
        }

        var ticker = TickerOf(row);
        if (!OccSymbol.TryParse(ticker, out var symbol))
        {
            reason = SkipReason.BadTicker + $": '{ticker}'";
            return null;
        }

        var typeText = StringOf(details, "contract_type");
        OptionRight? right = typeText switch { "call" => OptionRight.Call, "put" => OptionRight.Put, _ => null };
        var expirationText = StringOf(details, "expiration_date");
        var strike = PositiveNumber(details, "strike_price");
        var shares = PositiveNumber(details, "shares_per_contract");
        if (right is null)
        {
            reason = SkipReason.BadContractType + $": '{typeText}'";
        }
        else if (!DateOnly.TryParseExact(expirationText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expiration))
        {
            reason = SkipReason.BadExpiration + $": '{expirationText}'";
        }
        else if (strike is null)
        {
            reason = SkipReason.BadStrike + ": 'strike_price' missing or not positive";
        }
        else if (shares is not { } sharesValue || sharesValue != Math.Floor(sharesValue) || sharesValue > int.MaxValue)
        {
            reason = SkipReason.BadSharesPerContract + ": 'shares_per_contract' missing or not a positive integer";
        }
        else if (symbol.Right != right || symbol.Expiration != expiration || (double)symbol.Strike != strike)
        {
            reason = SkipReason.TickerMismatch + $": '{ticker}' disagrees with details {typeText} {expirationText} {strike.Value.ToString(CultureInfo.InvariantCulture)}";
        }
        else if (StringOf(row, "underlying_asset", "ticker") is { } assetTicker && !string.Equals(assetTicker, underlying, StringComparison.OrdinalIgnoreCase))
        {
            reason = SkipReason.UnderlyingMismatch + $": '{assetTicker}'";
        }
        else
        {
            var quote = ReadMarketFields(row, symbol, underlying, (int)sharesValue, out reason);
            return quote is null ? null : quote with { Style = StyleOf(StringOf(details, "exercise_style")) };
        }

        return null;
    }

    private static OptionQuote? ReadMarketFields(JsonElement row, OccSymbol symbol, string underlying, int shares, out string? reason)
    {
        var fields = new NumberFields(row);
        var bid = fields.Get("last_quote", "bid");
        var ask = fields.Get("last_quote", "ask");
        var last = fields.Get("last_trade", "price") ?? fields.Get("day", "close");
        var volume = fields.Get("day", "volume");
        var openInterest = fields.Get(null, "open_interest");
        var iv = fields.Get(null, "implied_volatility");
        var delta = fields.Get("greeks", "delta");
        var gamma = fields.Get("greeks", "gamma");
        var theta = fields.Get("greeks", "theta");
        var vega = fields.Get("greeks", "vega");
        if (fields.BadField is not null)
        {
            reason = SkipReason.BadNumber + $": '{fields.BadField}'";
            return null;
        }

        reason = null;
        Greeks? greeks = delta is { } d && gamma is { } g && theta is { } t && vega is { } v
            ? new Greeks(d, g, t, v, double.NaN)
            : null;
        return new OptionQuote(
            symbol.ToString(),
            underlying,
            symbol.Right,
            symbol.Expiration,
            (double)symbol.Strike,
            shares,
            bid,
            ask,
            last,
            (long)(volume ?? 0),
            (long)(openInterest ?? 0),
            iv,
            greeks,
            greeks is null ? null : FeedSource);
    }

    private static ExerciseStyle? StyleOf(string? text) => text switch
    {
        "american" => ExerciseStyle.American,
        "european" => ExerciseStyle.European,
        _ => null,
    };

    private static string? TickerOf(JsonElement row) =>
        row.ValueKind == JsonValueKind.Object ? StringOf(row, "details", "ticker") : null;

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? StringOf(JsonElement row, string objectName, string name) =>
        row.TryGetProperty(objectName, out var inner) && inner.ValueKind == JsonValueKind.Object ? StringOf(inner, name) : null;

    private static double? PositiveNumber(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.Number
        && value.GetDouble() is var number and > 0
        && double.IsFinite(number)
            ? number
            : null;
}
