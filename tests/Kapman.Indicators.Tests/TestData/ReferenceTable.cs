using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Kapman.Indicators.Tests.TestData;

/// <summary>The audit table of the reference comparisons: one row per indicator output and reference file.</summary>
internal static class ReferenceTable
{
    private static readonly ConcurrentDictionary<(string, string, string), Row> Rows = new();

    /// <summary>Records (or replaces, on a rerun) a row.</summary>
    public static void Add(Row row) => Rows[(row.Indicator, row.Output, row.File)] = row;

    /// <summary>The rows recorded so far, by file then indicator then output.</summary>
    public static IReadOnlyList<Row> All() =>
        [.. Rows.Values.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Indicator, StringComparer.Ordinal).ThenBy(r => r.Output, StringComparer.Ordinal)];

    /// <summary>The rows as a Markdown table.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder("| Indicator | Output | Reference file | Values compared | Max abs difference | Tolerance |\n|---|---|---|---:|---:|---|\n");
        foreach (var r in All())
        {
            text.Append(CultureInfo.InvariantCulture, $"| {r.Indicator} | {r.Output} | {r.File} | {r.Values} | {r.MaxDifference:G3} | {r.Tolerance} |\n");
        }

        return text.ToString();
    }

    /// <summary>One compared output.</summary>
    public sealed record Row(string Indicator, string Output, string File, int Values, double MaxDifference, string Tolerance);
}
