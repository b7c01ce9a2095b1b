using System.Globalization;
using Kapman.Web.Components.Today;

namespace Kapman.Web.Components.ExecutionView;

/// <summary>Text formats for the execution pages (invariant culture); missing values render as an em dash.</summary>
public static class ExecutionFormat
{
    /// <summary>Dollars rounded to cents (half away from zero) with a sign, e.g. "+$1,234.50", "-$310.00", "$0.00".</summary>
    public static string Money(decimal? value)
    {
        if (value is not { } amount)
        {
            return DisplayFormat.Missing;
        }

        var cents = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var text = Math.Abs(cents).ToString("#,0.00", CultureInfo.InvariantCulture);
        return cents switch
        {
            0m => "$0.00",
            > 0m => "+$" + text,
            _ => "-$" + text,
        };
    }

    /// <summary>An amount in dollars without a sign for a positive amount, e.g. a commission "$0.65".</summary>
    public static string Dollars(decimal value) =>
        (value < 0 ? "-$" : "$") + Math.Abs(value).ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>A price in dollars per share with two decimals, e.g. "1.25" or "-0.40" (a net credit).</summary>
    public static string Price(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? DisplayFormat.Missing;

    /// <summary>A net greek with <paramref name="decimals"/> decimals, e.g. "-12.35".</summary>
    public static string Greek(decimal value, int decimals) =>
        value.ToString("0." + new string('0', decimals), CultureInfo.InvariantCulture);

    /// <summary>A whole number, e.g. a contract count "-2".</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A state or kind as words, e.g. "partially_filled" as "partially filled".</summary>
    public static string Words(string? value) => value?.Replace('_', ' ') ?? DisplayFormat.Missing;

    /// <summary>A CSS-safe class suffix for a state or mode, e.g. "partially_filled" as "partially-filled".</summary>
    public static string Css(string? value) =>
        new([.. (value ?? "none").ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
