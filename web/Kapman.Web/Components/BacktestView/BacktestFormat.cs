using System.Globalization;
using Kapman.Web.Clients;

namespace Kapman.Web.Components.BacktestView;

/// <summary>Text formats of the backtest pages (invariant culture); missing values render as an em dash.</summary>
public static class BacktestFormat
{
    /// <summary>Shown for a missing value.</summary>
    public const string Missing = "—";

    /// <summary>Dollars with two decimals and thousands separators, e.g. "-1,234.50".</summary>
    public static string Usd(double? value) => value?.ToString("#,0.00", CultureInfo.InvariantCulture) ?? Missing;

    /// <summary>A fraction as a percentage with two decimals, e.g. 0.0123 → "1.23 %".</summary>
    public static string Percent(double? value) => value is { } v ? (100 * v).ToString("0.00", CultureInfo.InvariantCulture) + " %" : Missing;

    /// <summary>A ratio with two decimals, e.g. "-3.40".</summary>
    public static string Ratio(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? Missing;

    /// <summary>A price or number with up to four decimals.</summary>
    public static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? Missing;

    /// <summary>The label a row or chart of a model-priced run carries, else empty.</summary>
    public static string PricingLabel(string pricing) => pricing == BacktestRun.ModelPriced ? " (model-priced)" : "";
}
