using System.Globalization;
using System.Text;

namespace Kapman.Wyckoff.Core;

/// <summary>
/// Writes <see cref="EventStudy"/> rows as CSV (<c>event,count,horizon,n,median,mean,win_rate</c>, one line
/// per event and horizon, fractions with 6 decimals, empty when undefined) and as a Markdown table (one line
/// per event; per horizon "median / mean / win rate" in percent with 2, 2 and 1 decimals).
/// </summary>
public static class EventStudyReport
{
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

    /// <summary>The Markdown table, with \n line ends.</summary>
    public static string ToMarkdown(IReadOnlyList<EventStudyRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var horizons = rows.Count == 0 ? [] : rows[0].Horizons.Select(h => h.Horizon).ToArray();
        var text = new StringBuilder("| Event | Count |");
        foreach (var h in horizons)
        {
            text.Append(CultureInfo.InvariantCulture, $" {h}d median / mean / win |");
        }

        text.Append("\n|---|---:|").Append(string.Concat(horizons.Select(_ => "---:|"))).Append('\n');
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {row.Event} | {row.Count} |");
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
