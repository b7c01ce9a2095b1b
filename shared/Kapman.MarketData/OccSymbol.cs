using System.Globalization;

namespace Kapman.MarketData;

/// <summary>
/// An OCC option symbol (OCC "Options Symbology Initiative", 2010): root (1–6 letters/digits), expiration
/// YYMMDD, C or P, strike × 1000 in 8 digits. The OCC standard form is 21 characters, the root padded with spaces to 6:
/// <c>SPY   250919C00650000</c> = SPY, 2025-09-19, call, $650 (<see cref="ToOccString"/>). Polygon writes it without
/// the padding and with an "O:" prefix: <c>O:SPY250919C00650000</c> (<see cref="ToPolygonTicker"/>); the suite stores
/// the unpadded form without the prefix (<see cref="ToString"/>). <see cref="Parse"/> reads all three.
/// </summary>
/// <remarks>
/// Construction validates: the root must be 1–6 characters of A–Z or 0–9 (upper case), the expiration in
/// 2000-01-01..2099-12-31, and the strike positive, below 100,000 and a multiple of 0.001;
/// otherwise <see cref="ArgumentException"/> / <see cref="ArgumentOutOfRangeException"/>.
/// </remarks>
public readonly record struct OccSymbol(string Underlying, DateOnly Expiration, OptionRight Right, decimal Strike)
{
    private const string PolygonPrefix = "O:";
    private const int FixedPartLength = 15;
    private const int MaximumRootLength = 6;

    private readonly string underlying = ValidateRoot(Underlying);
    private readonly DateOnly expiration = ValidateExpiration(Expiration);
    private readonly decimal strike = ValidateStrike(Strike);

    /// <summary>The OCC root, usually the underlying ticker (e.g. "SPY").</summary>
    public string Underlying { get => underlying ?? string.Empty; init => underlying = ValidateRoot(value); }

    /// <summary>The expiration date (the last trading day).</summary>
    public DateOnly Expiration { get => expiration; init => expiration = ValidateExpiration(value); }

    /// <summary>The strike in $ per share, with at most 3 decimals.</summary>
    public decimal Strike { get => strike; init => strike = ValidateStrike(value); }

    /// <summary>Parses an OCC symbol: the 21-character standard form, or the unpadded form with or without Polygon's "O:" prefix.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an OCC symbol; the message names the offending part.</exception>
    public static OccSymbol Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var error = TryParseCore(text, out var symbol);
        return error is null ? symbol : throw new FormatException($"'{text}' is not an OCC option symbol: {error}.");
    }

    /// <summary>Parses like <see cref="Parse"/>, returning false instead of throwing (also for null).</summary>
    public static bool TryParse(string? text, out OccSymbol symbol)
    {
        if (text is null)
        {
            symbol = default;
            return false;
        }

        return TryParseCore(text, out symbol) is null;
    }

    /// <summary>The symbol as Polygon writes it but without "O:", e.g. <c>SPY250919C00650000</c>.</summary>
    public override string ToString()
    {
        var strikeThousandths = (long)(Strike * 1000m);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Underlying}{Expiration:yyMMdd}{(Right == OptionRight.Call ? 'C' : 'P')}{strikeThousandths:D8}");
    }

    /// <summary>The symbol in Polygon's ticker form, e.g. <c>O:SPY250919C00650000</c>.</summary>
    public string ToPolygonTicker() => PolygonPrefix + ToString();

    /// <summary>The 21-character OCC standard form, the root padded with spaces to 6, e.g. <c>SPY   250919C00650000</c>.</summary>
    public string ToOccString() => Underlying.PadRight(MaximumRootLength) + ToString()[Underlying.Length..];

    private static string? TryParseCore(string text, out OccSymbol symbol)
    {
        symbol = default;
        var body = text.StartsWith(PolygonPrefix, StringComparison.Ordinal) ? text[PolygonPrefix.Length..] : text;
        var rootLength = body.Length - FixedPartLength;
        if (rootLength < 1 || rootLength > MaximumRootLength)
        {
            return $"expected 16 to 21 characters after any 'O:' prefix, got {body.Length}";
        }

        // Only the 21-character standard form pads the root (to 6 characters, with trailing spaces).
        var root = rootLength == MaximumRootLength ? body[..rootLength].TrimEnd(' ') : body[..rootLength];
        if (!IsValidRoot(root))
        {
            return $"root '{root}' must be upper-case letters or digits";
        }

        var datePart = body.Substring(rootLength, 6);
        if (!TryParseDate(datePart, out var date))
        {
            return $"expiration '{datePart}' is not a valid YYMMDD date";
        }

        var rightChar = body[rootLength + 6];
        if (rightChar is not ('C' or 'P'))
        {
            return $"right '{rightChar}' must be C or P";
        }

        var strikePart = body[(rootLength + 7)..];
        if (!strikePart.All(char.IsAsciiDigit))
        {
            return $"strike '{strikePart}' must be 8 digits";
        }

        var thousandths = long.Parse(strikePart, NumberStyles.None, CultureInfo.InvariantCulture);
        if (thousandths == 0)
        {
            return "strike must be positive";
        }

        symbol = new OccSymbol(root, date, rightChar == 'C' ? OptionRight.Call : OptionRight.Put, thousandths / 1000m);
        return null;
    }

    private static bool TryParseDate(string yymmdd, out DateOnly date)
    {
        date = default;
        if (!yymmdd.All(char.IsAsciiDigit))
        {
            return false;
        }

        var year = 2000 + int.Parse(yymmdd[..2], NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(yymmdd[2..4], NumberStyles.None, CultureInfo.InvariantCulture);
        var day = int.Parse(yymmdd[4..], NumberStyles.None, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool IsValidRoot(string root) =>
        root.Length is >= 1 and <= MaximumRootLength && root.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    private static string ValidateRoot(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return IsValidRoot(root)
            ? root
            : throw new ArgumentException($"OCC root '{root}' must be 1 to 6 upper-case letters or digits.", nameof(root));
    }

    private static DateOnly ValidateExpiration(DateOnly date) =>
        date.Year is >= 2000 and <= 2099
            ? date
            : throw new ArgumentOutOfRangeException(nameof(date), date, "OCC expirations are written YYMMDD: the year must be 2000..2099.");

    private static decimal ValidateStrike(decimal value) =>
        value > 0 && value < 100_000m && decimal.Round(value, 3) == value
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "OCC strikes are 8 digits of 1/1000 $: must be in (0, 100000) with at most 3 decimals.");
}
