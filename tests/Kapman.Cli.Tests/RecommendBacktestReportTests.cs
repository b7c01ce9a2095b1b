using Kapman.Cli.Commands;

namespace Kapman.Cli.Tests;

/// <summary>
/// The backtest report on three hand-scored calls of one trigger (k = 1, rule confidence 0.5): a warm-up call that
/// came true, then two reported calls (right, then wrong). Calibrated confidences by hand: (1 + 0.5) / 2 = 0.75 for
/// the first (one earlier hit) and (2 + 0.5) / 3 = 0.8333 for the second (two earlier hits).
/// </summary>
public class RecommendBacktestReportTests
{
    private static readonly RecommendBacktestCall[] Calls =
    [
        new(new(2024, 1, 2), "SPRING", "Accumulation", "LONG_CALL", 0.5, true, new(2024, 1, 10), Reported: false),
        new(new(2024, 2, 1), "SPRING", "Accumulation", "LONG_CALL", 0.5, true, new(2024, 2, 10), Reported: true),
        new(new(2024, 3, 1), "SPRING", "Accumulation", "LONG_CALL", 0.5, false, new(2024, 3, 10), Reported: true),
    ];

    [Test]
    public void Scores_only_reported_calls_against_the_base_rate_with_rule_and_calibrated_confidences()
    {
        var report = RecommendBacktestReport.Markdown(Calls, new(2024, 2, 1), new(2024, 3, 31), pseudoCount: 1);

        // Rule Brier: (0.5 - 1)² and (0.5 - 0)² average 0.25; calibrated: (0.75 - 1)² = 0.0625 and 0.8333² = 0.6944
        // average 0.3785; hit rate 1/2, baseline 0.5 · 0.5 = 0.25; skills 1 - 0.25/0.25 = 0 and 1 - 0.3785/0.25 = -0.514.
        Assert.That(report, Does.Contain("| signal SPRING | 2 | 0.500 | 0.250 | 0.378 | 0.250 | 0.000 | -0.514 |"));
        Assert.That(report, Does.Contain("| phase Accumulation | 2 |"));
        Assert.That(report, Does.Contain("| structure LONG_CALL | 2 |"));
        Assert.That(report, Does.Contain("# Recommendation backtest 2024-02-01 .. 2024-03-31"));
    }

    [Test]
    public void Reliability_tables_put_each_call_in_its_confidence_bucket()
    {
        var report = RecommendBacktestReport.Markdown(Calls, new(2024, 2, 1), new(2024, 3, 31), pseudoCount: 1);
        var calibrated = report[report.IndexOf("Reliability (calibrated", StringComparison.Ordinal)..];

        // Rule: both calls at p = 0.5, one right. Calibrated: 0.75 (right) and 0.8333 (wrong) fall in separate tenths.
        Assert.That(report, Does.Contain("| 0.5-0.6 | 2 | 0.500 | 0.500 |"));
        Assert.That(calibrated, Does.Contain("| 0.7-0.8 | 1 | 0.750 | 1.000 |"));
        Assert.That(calibrated, Does.Contain("| 0.8-0.9 | 1 | 0.833 | 0.000 |"));
    }
}
