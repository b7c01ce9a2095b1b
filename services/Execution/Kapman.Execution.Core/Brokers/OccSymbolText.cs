using System.Globalization;

namespace Kapman.Execution.Core.Brokers;

/// <summary>
/// OCC option symbols as plain text (docs/domain/execution.md#occ-symbols, seed 003 Appendix A: <c>{ROOT}{YYMMDD}{C|P}{STRIKE×1000, 8 digits}</c>, e.g. <c>SPY260115C00580000</c>).
/// Kapman writes them without padding; the OCC's 21-character form pads the root with spaces to 6 characters
/// (<c>SPY   260115C00580000</c>). This checks the shape only (root of 1 to 6 upper-case letters or digits, a real YYMMDD date,
/// C or P, 8 digits); the typed symbol with its strike rules lives in the shared options model.
/// </summary>
public static class OccSymbolText
{
    /// <summary>Characters after the root: YYMMDD, C or P, 8 strike digits.</summary>
    public const int FixedPartLength = 15;

    /// <summary>Longest OCC root.</summary>
    public const int MaximumRootLength = 6;

    /// <summary>True when <paramref name="text"/> is an OCC symbol, padded or not.</summary>
    public static bool IsOccSymbol(string? text) => text is not null && TryNormalize(text, out _);

    /// <summary>The symbol without padding: trims the spaces of the 21-character form; an unpadded symbol is returned as it is.</summary>
    /// <exception cref="FormatException">The text is not an OCC symbol.</exception>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryNormalize(text, out var symbol) ? symbol : throw new FormatException($"'{text}' is not an OCC option symbol.");
    }

    /// <summary>The OCC's 21-character form: the root padded with spaces to 6 characters.</summary>
    /// <exception cref="FormatException">The text is not an OCC symbol.</exception>
    public static string ToPadded(string text)
    {
        var symbol = Normalize(text);
        var rootLength = symbol.Length - FixedPartLength;
        return symbol[..rootLength].PadRight(MaximumRootLength) + symbol[rootLength..];
    }

    /// <summary>The root of an OCC symbol (usually the underlying ticker; SPXW for SPX weeklies).</summary>
    /// <exception cref="FormatException">The text is not an OCC symbol.</exception>
    public static string Root(string text)
    {
        var symbol = Normalize(text);
        return symbol[..(symbol.Length - FixedPartLength)];
    }

    /// <summary>Parses like <see cref="Normalize"/> without throwing.</summary>
    public static bool TryNormalize(string text, out string symbol)
    {
        ArgumentNullException.ThrowIfNull(text);
        symbol = string.Empty;
        if (text.Length <= FixedPartLength)
        {
            return false;
        }

        var rootLength = text.Length - FixedPartLength;
        var root = text[..rootLength].TrimEnd(' ');
        // The padded form is exactly 21 characters; an unpadded root has no spaces at all.
        if (root.Length != rootLength && text.Length != MaximumRootLength + FixedPartLength)
        {
            return false;
        }

        var tail = text[rootLength..];
        var valid = root.Length is >= 1 and <= MaximumRootLength
            && root.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
            && DateOnly.TryParseExact(tail[..6], "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            && tail[6] is 'C' or 'P'
            && tail[7..].All(char.IsAsciiDigit);
        if (valid)
        {
            symbol = root + tail;
        }

        return valid;
    }
}
