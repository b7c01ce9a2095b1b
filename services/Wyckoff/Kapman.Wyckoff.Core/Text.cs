using System.Globalization;

namespace Kapman.Wyckoff.Core;

/// <summary>Invariant-culture number formats used in reasons and descriptions.</summary>
internal static class Text
{
    /// <summary>A measured fraction as a percentage with two decimals: 0.0512 → "5.12%".</summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>A threshold fraction as a short percentage: 0.05 → "5%", 0.025 → "2.5%".</summary>
    public static string Limit(double fraction) => (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>A price or indicator value with two decimals.</summary>
    public static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A share count or OBV with thousands separators and no decimals.</summary>
    public static string Shares(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A measured ratio: 2.4 → "2.40x".</summary>
    public static string Times(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x";

    /// <summary>A threshold ratio: 2 → "2x", 1.5 → "1.5x".</summary>
    public static string TimesLimit(double ratio) => ratio.ToString("0.##", CultureInfo.InvariantCulture) + "x";

    /// <summary>A plain threshold: 70 → "70".</summary>
    public static string Value(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A date as yyyy-MM-dd.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"&gt; limit" when <paramref name="passed"/>, else "not &gt; limit".</summary>
    public static string Above(bool passed, string limit) => passed ? $"> {limit}" : $"not > {limit}";
}
