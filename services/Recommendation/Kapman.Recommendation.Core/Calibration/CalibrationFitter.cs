namespace Kapman.Recommendation.Core.Calibration;

/// <summary>
/// Walk-forward calibration per signal (issue 21 item 1). For a fit as of date D only samples resolved strictly
/// before D are used. Per signal with at least <see cref="CalibrationSettings.MinimumSample"/> such samples, ordered
/// by resolution date: Platt scaling (<see cref="PlattScaling"/>) on the earlier part is tested on the latest
/// <see cref="CalibrationSettings.HoldoutFraction"/> against that earlier part's base rate (Brier 1950): the signal has an
/// edge only when the fit's Brier is lower significantly and by a gain that matters (<see cref="HoldoutEdgeTest"/>, a
/// one-sided paired test at <see cref="CalibrationSettings.EdgeZ"/> with the margin <see cref="CalibrationSettings.MinimumGain"/>),
/// so a tie, a rounding-sized gain or a gain within the holdout's noise keeps the base rate. The stored
/// fit is then refitted on all its samples. Without an edge, or with too few samples, the confidence is the base rate.
/// With <see cref="CalibrationSettings.Features"/> the fit is a logistic regression on the rule confidence and those inputs
/// (same split, same test). Pure: every input is an argument.
/// </summary>
public static class CalibrationFitter
{
    /// <summary>The model fitted on <paramref name="history"/> as of <paramref name="fittedThrough"/> (exclusive).</summary>
    /// <exception cref="ArgumentException"><see cref="CalibrationSettings.Features"/> is set and a usable sample does not carry that many inputs.</exception>
    public static CalibrationModel Fit(IEnumerable<CalibrationSample> history, DateOnly fittedThrough, CalibrationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(settings);
        var usable = history.Where(s => s.ResolvedOn < fittedThrough).ToList();
        if (settings.Features is { } names && usable.Any(s => s.Features?.Count != names.Count))
        {
            throw new ArgumentException($"Every sample needs the {names.Count} inputs {string.Join(", ", names)}.", nameof(history));
        }

        var baseRate = usable.Count == 0 ? 0.5 : usable.Average(s => s.Correct ? 1.0 : 0.0);
        var signals = usable.GroupBy(s => s.Signal, StringComparer.Ordinal)
            .Where(g => g.Count() >= settings.MinimumSample)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => FitSignal(g.Key, g.OrderBy(s => s.ResolvedOn).ThenBy(s => s.Score).ToList(), settings))
            .ToList();
        return new CalibrationModel(
            settings.ModelName, $"{settings.ModelVersion}+{fittedThrough:yyyy-MM-dd}", fittedThrough, baseRate, signals, settings.Features);
    }

    private static SignalCalibration FitSignal(string signal, List<CalibrationSample> samples, CalibrationSettings settings)
    {
        var split = (int)Math.Round(samples.Count * (1 - settings.HoldoutFraction));
        var (early, holdout) = (samples.Take(split).ToList(), samples.Skip(split).ToList());
        var withInputs = settings.Features is not null;
        var (a, b, w) = Platt(early, withInputs);
        var earlyRate = early.Average(Outcome);
        var fitted = holdout.Select(s => (withInputs ? PlattScaling.Probability(a, b, w, s.Score, s.Features!) : PlattScaling.Probability(a, b, s.Score), s.Correct)).ToList();
        var reference = holdout.Select(s => (earlyRate, s.Correct)).ToList();
        var test = HoldoutEdgeTest.Compare(fitted, reference, settings.EdgeZ, settings.MinimumGain);
        var (fa, fb, fw) = Platt(samples, withInputs);
        return new SignalCalibration(
            signal, samples.Count, samples.Average(Outcome), fa, fb, test.HasEdge, test.Brier, test.ReferenceBrier, test.GainLowerBound,
            withInputs ? fw : null);
    }

    private static (double A, double B, double[] Weights) Platt(List<CalibrationSample> samples, bool withInputs) =>
        PlattScaling.Fit(samples.Select(s => s.Score).ToList(), withInputs ? samples.Select(s => s.Features!).ToList() : null, samples.Select(s => s.Correct).ToList());

    private static double Outcome(CalibrationSample s) => s.Correct ? 1 : 0;
}
