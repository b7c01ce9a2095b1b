extern alias recommendation;

using System.Globalization;
using System.Text;
using recommendation::Kapman.Recommendation.Core.Calibration;
using recommendation::Kapman.Recommendation.Core.Outcomes;
using Kapman.Wyckoff.Core.Features;

namespace Kapman.Cli.Commands;

/// <summary>
/// The out-of-sample section of <c>kapman recommend backtest</c> (issue 21 items 1 and 4): one calibration model
/// (<see cref="CalibrationFitter"/>) fitted on every call resolved before --from (the warm-up years), applied to the
/// reported calls only (the test years; nothing is tuned on them). Brier of the calibrated probability against the
/// climatological b(1 − b) of the test calls, skill with a seeded percentile-bootstrap 95 % interval
/// (<see cref="BrierBootstrap"/>), overall and per signal with at least <see cref="MinimumSignalCalls"/> calls, and the
/// reliability table of the calibrated probabilities. Two settings: <see cref="RuleOnly"/> (the daily run's) and
/// <see cref="WithFeatures"/> (also the Wyckoff signal features, issue 21 item 3).
/// </summary>
internal static class RecommendBacktestCalibration
{
    /// <summary>Signals with fewer test calls are not reported on their own (issue 21).</summary>
    public const int MinimumSignalCalls = 300;

    /// <summary>Bootstrap resamples.</summary>
    public const int Resamples = 1000;

    /// <summary>The daily run's calibration: the rule confidence alone.</summary>
    public static CalibrationSettings RuleOnly => CalibrationSettings.Default;

    /// <summary>The calibration on the rule confidence and the Wyckoff signal features (<see cref="SignalFeatures.CalibrationInputs"/>).</summary>
    public static CalibrationSettings WithFeatures { get; } = CalibrationSettings.Default with
    {
        Features = SignalFeatures.CalibrationInputs,
        ModelVersion = "platt-wyckoff-features-1.1.0",
    };

    /// <summary>The model of <paramref name="settings"/> fitted on the calls resolved before <paramref name="from"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="settings"/> has features and a call before <paramref name="from"/> has none.</exception>
    public static CalibrationModel Fit(IReadOnlyList<RecommendBacktestCall> calls, DateOnly from, CalibrationSettings settings) =>
        CalibrationFitter.Fit(
            calls.Select(c => new CalibrationSample(c.Trigger, c.RuleConfidence, c.ResolvedOn, c.Correct, settings.Features is null ? null : c.Features)),
            from, settings);

    /// <summary>The probability <paramref name="model"/> gives <paramref name="call"/> (with its features when the model takes them).</summary>
    public static double Probability(CalibrationModel model, RecommendBacktestCall call) =>
        model.Probability(call.Trigger, call.RuleConfidence, model.Features is null ? null : call.Features);

    /// <summary>Bins of the reliability table and diagram (width 0.05).</summary>
    public const int ReliabilityBins = 20;

    /// <summary>The reliability table of the reported calls' calibrated probabilities under <paramref name="model"/>.</summary>
    public static IReadOnlyList<ReliabilityBucket> Reliability(IReadOnlyList<RecommendBacktestCall> calls, CalibrationModel model)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(model);
        var scored = calls.Where(c => c.Reported)
            .Select(c => new ScoredCall(Probability(model, c), c.Correct, c.Phase, c.Structure, c.Trigger)).ToList();
        return AccuracyAggregator.Summarize(scored, ReliabilityBins).Reliability;
    }

    /// <summary>The reliability diagram (SVG) of <see cref="Reliability"/>, with the test calls' base rate.</summary>
    public static string ReliabilitySvg(IReadOnlyList<RecommendBacktestCall> calls, CalibrationModel model)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var test = calls.Where(c => c.Reported).ToList();
        return ReliabilityDiagram.Svg(
            Reliability(calls, model), $"Out-of-sample reliability, calibration {model.Version}, {test.Count} calls",
            test.Count == 0 ? null : test.Average(c => c.Correct ? 1.0 : 0.0));
    }

    /// <summary>The Markdown section for <paramref name="model"/> (fitted before --from, see <see cref="Fit"/>).</summary>
    public static string Markdown(IReadOnlyList<RecommendBacktestCall> calls, CalibrationModel model, int seed)
    {
        ArgumentNullException.ThrowIfNull(model);
        var from = model.FittedThrough;
        var test = calls.Where(c => c.Reported).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"\n## Out of sample: calibration {model.Name} {model.Version}, fitted on calls resolved before {from:yyyy-MM-dd}, tested on the reported calls\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"Fit base rate {model.BaseRate:0.000}. Per signal (fit calls ≥ {CalibrationSettings.Default.MinimumSample}): Platt on the rule confidence{(model.Features is { } f ? " and " + string.Join(", ", f) : "")}, kept only where it beat the base rate on the fit data's latest third by more than the noise (lower bound of the mean Brier gain at z = {CalibrationSettings.Default.EdgeZ} above {CalibrationSettings.Default.MinimumGain}, a one-sided paired test with a margin); otherwise the base rate (\"no edge\").\n\n");
        text.Append("| signal | fit calls | fit base rate | holdout Brier (Platt / base) | gain lower bound | edge |\n|---|---:|---:|---:|---:|---|\n");
        foreach (var s in model.Signals)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {s.Signal} | {s.Count} | {s.BaseRate:0.000} | {s.HoldoutBrier:0.0000} / {s.HoldoutBaseBrier:0.0000} | {(s.HoldoutGainLower is { } g ? g.ToString("0.0000", CultureInfo.InvariantCulture) : "n/a")} | {(s.HasEdge ? "yes" : "no edge")} |\n");
        }

        text.Append(CultureInfo.InvariantCulture,
            $"\n| group | test calls | hit rate | Brier (calibrated) | baseline b(1-b) | skill | 95 % CI (bootstrap, seed {seed}, {Resamples} resamples) |\n|---|---:|---:|---:|---:|---:|---|\n");
        Row(text, "ALL", test, model, seed);
        foreach (var group in test.GroupBy(c => c.Trigger).Where(g => g.Count() >= MinimumSignalCalls).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(text, $"signal {group.Key}{(model.HasEdge(group.Key) ? "" : " (no edge)")}", group.ToList(), model, seed);
        }

        text.Append("\nReliability (out-of-sample calibrated probability; diagram reliability.svg beside --out):\n\n| probability | calls | mean p | observed |\n|---|---:|---:|---:|\n");
        foreach (var b in Reliability(calls, model).Where(b => b.Count > 0))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {b.Lower:0.00}-{b.Upper:0.00} | {b.Count} | {b.MeanConfidence:0.000} | {b.ObservedFrequency:0.000} |\n");
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string label, List<RecommendBacktestCall> calls, CalibrationModel model, int seed)
    {
        var pairs = calls.Select(c => (Probability(model, c), c.Correct)).ToList();
        var rate = calls.Average(c => c.Correct ? 1.0 : 0.0);
        var brier = pairs.Average(p => Math.Pow(p.Item1 - (p.Item2 ? 1 : 0), 2));
        var skill = BrierBootstrap.Skill(pairs);
        var ci = BrierBootstrap.SkillInterval(pairs, Resamples, seed);
        text.Append(CultureInfo.InvariantCulture,
            $"| {label} | {calls.Count} | {rate:0.000} | {brier:0.0000} | {rate * (1 - rate):0.0000} | {(skill is { } s ? s.ToString("0.0000", CultureInfo.InvariantCulture) : "n/a")} | {(ci is { } c ? $"[{c.Lower:0.0000}, {c.Upper:0.0000}]" : "n/a")} |\n");
    }
}
