extern alias recommendation;

using System.Globalization;
using System.Text;
using recommendation::Kapman.Recommendation.Core.Calibration;
using recommendation::Kapman.Recommendation.Core.Outcomes;

namespace Kapman.Cli.Commands;

/// <summary>
/// The Markdown report of <c>kapman recommend backtest</c>: hit rate and mean Brier of the rule confidences and of the
/// calibrated ones (<see cref="CalibrationModel"/> fitted on the calls resolved before --from, the daily run's walk-forward
/// calibration: Platt per signal where it beat the base rate, else the base rate), against the climatological baseline b(1 − b) of
/// each group, overall and by signal (trigger), phase and structure; then both reliability tables.
/// </summary>
internal static class RecommendBacktestReport
{
    /// <summary>The report over <paramref name="calls"/> (reported and warm-up calls; only reported ones are scored).</summary>
    public static string Markdown(IReadOnlyList<RecommendBacktestCall> calls, DateOnly from, DateOnly to, CalibrationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var reported = calls.Where(c => c.Reported).ToList();
        var rule = reported.Select(c => new ScoredCall(c.RuleConfidence, c.Correct, c.Phase, c.Structure, c.Trigger)).ToList();
        var calibrated = reported.Select(c => new ScoredCall(
            model.Probability(c.Trigger, c.RuleConfidence), c.Correct, c.Phase, c.Structure, c.Trigger)).ToList();
        var before = AccuracyAggregator.Summarize(rule);
        var after = AccuracyAggregator.Summarize(calibrated);

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Recommendation backtest {from:yyyy-MM-dd} .. {to:yyyy-MM-dd} (directional, underlying only)\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"Brier (rule) uses the selection rule's confidence; Brier (calibrated) uses calibration {model.Version}, fitted on the calls resolved before {model.FittedThrough:yyyy-MM-dd}.\n\n");
        text.Append("| group | calls | hit rate | Brier (rule) | Brier (calibrated) | baseline b(1-b) | skill (rule) | skill (calibrated) |\n");
        text.Append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        Rows(text, "", [before.Overall], [after.Overall]);
        Rows(text, "signal ", before.BySignal, after.BySignal);
        Rows(text, "phase ", before.ByPhase, after.ByPhase);
        Rows(text, "structure ", before.ByStrategy, after.ByStrategy);
        Reliability(text, "rule", before.Reliability);
        Reliability(text, "calibrated", after.Reliability);
        return text.ToString();
    }

    private static void Rows(StringBuilder text, string prefix, IReadOnlyList<AccuracyGroup> before, IReadOnlyList<AccuracyGroup> after)
    {
        for (var i = 0; i < before.Count; i++)
        {
            var (b, a) = (before[i], after[i]);
            text.Append(CultureInfo.InvariantCulture,
                $"| {prefix}{b.Key} | {b.Count} | {b.HitRate:0.000} | {b.MeanBrier:0.000} | {a.MeanBrier:0.000} | {b.BaselineBrier:0.000} | {Skill(b)} | {Skill(a)} |\n");
        }
    }

    private static void Reliability(StringBuilder text, string label, IEnumerable<ReliabilityBucket> buckets)
    {
        text.Append(CultureInfo.InvariantCulture, $"\nReliability ({label} confidence):\n\n| confidence | calls | mean p | observed |\n|---|---:|---:|---:|\n");
        foreach (var b in buckets.Where(b => b.Count > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {b.Lower:0.0}-{b.Upper:0.0} | {b.Count} | {b.MeanConfidence:0.000} | {b.ObservedFrequency:0.000} |\n");
        }
    }

    private static string Skill(AccuracyGroup g) => g.BrierSkill is { } s ? s.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
}
