using System.Globalization;

namespace Kapman.Cli.Bench;

/// <summary>Text of the <c>kapman bench pages</c> table: one row per page, times in ms with one decimal.</summary>
internal static class BenchReport
{
    /// <summary>The budget of issue 22 (it was 200 ms in issue 8): p95 per page under this many milliseconds.</summary>
    public const double GoalP95Ms = 100;

    /// <summary>Column headers of <see cref="Row"/>.</summary>
    public static IReadOnlyList<string> Headers { get; } = ["page", "path", "ok", "failed", "p50 ms", "p95 ms", "max ms", "bytes", "clock", "p95 < 100 ms"];

    /// <summary>One table row: figures, the clock used (server or client) and whether p95 meets <see cref="GoalP95Ms"/>.</summary>
    public static IReadOnlyList<string> Row(PageTimings t) =>
    [
        t.Page.Name,
        t.Page.Path,
        t.Count.ToString(CultureInfo.InvariantCulture),
        t.Failures.ToString(CultureInfo.InvariantCulture),
        Ms(t.P50),
        Ms(t.P95),
        Ms(t.Max),
        t.MeanBytes.ToString("N0", CultureInfo.InvariantCulture),
        t.Source == TimeSource.Server ? "server" : "client",
        MeetsGoal(t) ? "yes" : "NO",
    ];

    /// <summary>True when the page had samples and its p95 is under <see cref="GoalP95Ms"/>.</summary>
    public static bool MeetsGoal(PageTimings t) => t.Count > 0 && t.P95 < GoalP95Ms;

    private static string Ms(double value) => double.IsNaN(value) ? "-" : value.ToString("0.0", CultureInfo.InvariantCulture);
}
