using System.Globalization;
using System.Text;

namespace Kapman.Wyckoff.Core;

/// <summary>
/// Writes <see cref="EventStudy"/> rows as CSV (<c>event,count,horizon,n,median,mean,win_rate</c>, one line
/// per event and horizon, fractions with 6 decimals, empty when undefined) and as a Markdown table (one line
/// per event: its count, how often it fires per ticker-year, and per horizon "median / mean / win rate" in percent with 2, 2 and
/// 1 decimals).
/// </summary>
public static class EventStudyReport
{
    /// <summary>
    /// Sessions in a ticker-year: the NYSE has 250-253 sessions a year, 252 being the usual convention (it annualises
    /// volatility elsewhere in the suite too).
    /// </summary>
    public const double SessionsPerYear = 252;

    /// <summary>The CSV text, with a header line and \n line ends.</summary>
    public static string ToCsv(IReadOnlyList<EventStudyRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder("event,count,horizon,n,median,mean,win_rate\n");
        foreach (var row in rows)
        {
            foreach (var h in row.Horizons)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"{row.Event},{row.Count},{h.Horizon},{h.Count},{Fraction(h.Median)},{Fraction(h.Mean)},{Fraction(h.WinRate)}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The Markdown table, with \n line ends. "Per ticker-year" is an event's count over the ticker-years studied, i.e. the
    /// <c>ALL</c> row's bar count / <see cref="SessionsPerYear"/> (issue 21: a climax should be rare); "–" without an <c>ALL</c> row.
    /// </summary>
    public static string ToMarkdown(IReadOnlyList<EventStudyRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var horizons = rows.Count == 0 ? [] : rows[0].Horizons.Select(h => h.Horizon).ToArray();
        var tickerYears = rows.FirstOrDefault(r => r.Event == EventStudy.AllBars) is { Count: > 0 } all ? all.Count / SessionsPerYear : (double?)null;
        var text = new StringBuilder("| Event | Count | Per ticker-year |");
        foreach (var h in horizons)
        {
            text.Append(CultureInfo.InvariantCulture, $" {h}d median / mean / win |");
        }

        text.Append("\n|---|---:|---:|").Append(string.Concat(horizons.Select(_ => "---:|"))).Append('\n');
        foreach (var row in rows)
        {
            var rate = tickerYears is { } years ? (row.Count / years).ToString("0.00", CultureInfo.InvariantCulture) : "–";
            text.Append(CultureInfo.InvariantCulture, $"| {row.Event} | {row.Count} | {rate} |");
            foreach (var h in row.Horizons)
            {
                text.Append(h.Count == 0
                    ? " – |"
                    : $" {Percent(h.Median, "0.00")} / {Percent(h.Mean, "0.00")} / {Percent(h.WinRate, "0.0")} |");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Fraction(double value) =>
        double.IsNaN(value) ? "" : value.ToString("0.000000", CultureInfo.InvariantCulture);

    private static string Percent(double value, string format) =>
        (value * 100).ToString(format, CultureInfo.InvariantCulture) + "%";
}
