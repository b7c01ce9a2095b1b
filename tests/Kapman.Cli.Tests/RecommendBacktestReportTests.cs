using Kapman.Cli.Commands;

namespace Kapman.Cli.Tests;

/// <summary>
/// The backtest report on three hand-scored calls of one trigger (rule confidence 0.5): a warm-up call that came true,
/// then two reported calls (right, then wrong). The calibration is fitted on the calls resolved before --from only: the
/// warm-up call, far below the 300 calls a signal needs for a fit of its own, so both reported calls take the fit's base
/// rate 1/1 = 1.0 ("no edge"); the reported outcomes never enter it.
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
        var report = Report();

        // Rule Brier: (0.5 - 1)² and (0.5 - 0)² average 0.25; calibrated: (1 - 1)² = 0 and (1 - 0)² = 1 average 0.5;
        // hit rate 1/2, baseline 0.5 · 0.5 = 0.25; skills 1 - 0.25/0.25 = 0 and 1 - 0.5/0.25 = -1.
        Assert.That(report, Does.Contain("| signal SPRING | 2 | 0.500 | 0.250 | 0.500 | 0.250 | 0.000 | -1.000 |"));
        Assert.That(report, Does.Contain("| phase Accumulation | 2 |"));
        Assert.That(report, Does.Contain("| structure LONG_CALL | 2 |"));
        Assert.That(report, Does.Contain("# Recommendation backtest 2024-02-01 .. 2024-03-31"));
    }

    [Test]
    public void Reliability_tables_put_each_call_in_its_confidence_bucket()
    {
        var report = Report();
        var calibrated = report[report.IndexOf("Reliability (calibrated", StringComparison.Ordinal)..];

        // Rule: both calls at p = 0.5, one right. Calibrated: both at the base rate 1.0 (the last tenth includes 1), one right.
        Assert.That(report, Does.Contain("| 0.5-0.6 | 2 | 0.500 | 0.500 |"));
        Assert.That(calibrated, Does.Contain("| 0.9-1.0 | 2 | 1.000 | 0.500 |"));
    }

    [Test]
    public void The_reliability_diagram_plots_the_out_of_sample_bins_with_their_counts()
    {
        var model = RecommendBacktestCalibration.Fit(Calls, new(2024, 2, 1), RecommendBacktestCalibration.RuleOnly);

        var svg = RecommendBacktestCalibration.ReliabilitySvg(Calls, model);

        // One bin (0.95-1.00 of the 20) with both reported calls: mean p 1.0 at x = 50 + 400 = 450, observed 0.5 at
        // y = 450 - 200 = 250; the base rate of the test calls, 0.5, is the same height.
        Assert.That(svg, Does.StartWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        Assert.That(svg, Does.Contain("<circle class=\"bin\" cx=\"450\" cy=\"250\""));
        Assert.That(svg, Does.Contain("0.95-1.00: 2 calls, mean p 1.000, observed 0.500"));
        Assert.That(svg, Does.Contain("<line class=\"base-rate\" x1=\"50\" y1=\"250\""));
        Assert.That(svg.Split("class=\"bin\"").Length - 1, Is.EqualTo(1));
    }

    [Test]
    public void The_feature_model_is_fitted_on_the_calls_features_and_named_in_its_section()
    {
        double[] features = [0.02, 0.5, 0, 0];
        var calls = Calls.Select(c => c with { Features = features }).ToList();

        var model = RecommendBacktestCalibration.Fit(calls, new(2024, 2, 1), RecommendBacktestCalibration.WithFeatures);
        var section = RecommendBacktestCalibration.Markdown(calls, model, 21);

        // One warm-up call: no signal fit of its own, so both reported calls take the base rate 1.0 (Brier (0 + 1) / 2 = 0.5).
        Assert.That(model.Version, Is.EqualTo("platt-wyckoff-features-1.1.0+2024-02-01"));
        Assert.That(section, Does.Contain("Platt on the rule confidence and relative_strength, close_position, ln_volume_ratio, effort_result,"));
        Assert.That(section, Does.Contain("| ALL | 2 | 0.500 | 0.5000 | 0.2500 | -1.0000 |"));
        Assert.That(() => RecommendBacktestCalibration.Fit(Calls, new(2024, 2, 1), RecommendBacktestCalibration.WithFeatures),
            Throws.ArgumentException, "calls without features cannot fit the feature model");
    }

    private static string Report() =>
        RecommendBacktestReport.Markdown(Calls, new(2024, 2, 1), new(2024, 3, 31), RecommendBacktestCalibration.Fit(Calls, new(2024, 2, 1), RecommendBacktestCalibration.RuleOnly));
}
