using System.Globalization;

namespace Kapman.Ingestion.Core;

/// <summary>
/// Paths of Polygon / Massive flat files for US stock daily aggregates:
/// <c>us_stocks_sip/day_aggs_v1/YYYY/MM/YYYY-MM-DD.csv.gz</c>, and the session encoded in <c>window_start</c>.
/// </summary>
public static class SessionFileLayout
{
    /// <summary>The expected header, in Polygon's column order.</summary>
    public const string Header = "ticker,volume,open,close,high,low,window_start,transactions";

    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>Relative path (forward slashes) of a session's file, e.g. <c>us_stocks_sip/day_aggs_v1/2025/08/2025-08-26.csv.gz</c>.</summary>
    public static string RelativePath(DateOnly session) =>
        string.Create(CultureInfo.InvariantCulture, $"us_stocks_sip/day_aggs_v1/{session:yyyy}/{session:MM}/{session:yyyy-MM-dd}.csv.gz");

    /// <summary>
    /// The America/New_York date of a <c>window_start</c> in Unix nanoseconds, or null when it is not exactly
    /// midnight there (a daily aggregate's window starts at the session's local midnight).
    /// </summary>
    public static DateOnly? SessionOfWindowStart(long unixNanoseconds)
    {
        if (unixNanoseconds % 1_000_000 != 0)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(unixNanoseconds / 1_000_000), NewYork);
        return local.TimeOfDay == TimeSpan.Zero ? DateOnly.FromDateTime(local.DateTime) : null;
    }
}
