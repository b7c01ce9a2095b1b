using System.Globalization;

namespace Kapman.Web.Components.Today;

/// <summary>Text formats for the Today page; missing values render as an em dash.</summary>
public static class DisplayFormat
{
    /// <summary>Shown for a missing value.</summary>
    public const string Missing = "—";

    /// <summary>A count with thousands separators, e.g. 11,234.</summary>
    public static string Count(long? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? Missing;

    /// <summary>A duration from milliseconds: "850 ms", "12.3 s", "4 min 05 s".</summary>
    public static string Duration(long? milliseconds) => milliseconds switch
    {
        null => Missing,
        < 1000 => milliseconds.Value.ToString(CultureInfo.InvariantCulture) + " ms",
        < 60_000 => (milliseconds.Value / 1000.0).ToString("0.0", CultureInfo.InvariantCulture) + " s",
        _ => string.Create(CultureInfo.InvariantCulture, $"{milliseconds.Value / 60_000} min {milliseconds.Value / 1000 % 60:00} s"),
    };

    /// <summary>A timestamp in UTC, e.g. "2025-08-26 21:05:00 UTC".</summary>
    public static string Time(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? Missing;

    /// <summary>A date as yyyy-MM-dd.</summary>
    public static string Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Missing;

    /// <summary>A number with at most two decimals, e.g. 642.5.</summary>
    public static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? Missing;

    /// <summary>A signed greek with two decimals, e.g. -0.35.</summary>
    public static string Greek(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? Missing;
}
