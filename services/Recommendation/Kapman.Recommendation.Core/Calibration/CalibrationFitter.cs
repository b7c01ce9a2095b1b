namespace Kapman.Recommendation.Core.Calibration;

/// <summary>
/// Walk-forward calibration per signal (issue 21 item 1). For a fit as of date D only samples resolved strictly
/// before D are used. Per signal with at least <see cref="CalibrationSettings.MinimumSample"/> such samples, ordered
/// by resolution date: Platt scaling (<see cref="PlattScaling"/>) on the earlier part is tested on the latest
/// <see cref="CalibrationSettings.HoldoutFraction"/> against that earlier part's base rate (mean Brier, Brier 1950);
/// the signal has an edge only when the fit's Brier is lower. The stored fit is then refitted on all its samples.
/// Without an edge, or with too few samples, the confidence is the base rate. Pure: every input is an argument.
/// </summary>
public static class CalibrationFitter
{
    /// <summary>The model fitted on <paramref name="history"/> as of <paramref name="fittedThrough"/> (exclusive).</summary>
    public static CalibrationModel Fit(IEnumerable<CalibrationSample> history, DateOnly fittedThrough, CalibrationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(settings);
        var usable = history.Where(s => s.ResolvedOn < fittedThrough).ToList();
        var baseRate = usable.Count == 0 ? 0.5 : usable.Average(s => s.Correct ? 1.0 : 0.0);
        var signals = usable.GroupBy(s => s.Signal, StringComparer.Ordinal)
            .Where(g => g.Count() >= settings.MinimumSample)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => FitSignal(g.Key, g.OrderBy(s => s.ResolvedOn).ThenBy(s => s.Score).ToList(), settings))
            .ToList();
        return new CalibrationModel(
            settings.ModelName, $"{settings.ModelVersion}+{fittedThrough:yyyy-MM-dd}", fittedThrough, baseRate, signals);
    }

    private static SignalCalibration FitSignal(string signal, List<CalibrationSample> samples, CalibrationSettings settings)
    {
        var split = (int)Math.Round(samples.Count * (1 - settings.HoldoutFraction));
        var (early, holdout) = (samples.Take(split).ToList(), samples.Skip(split).ToList());
        var (a, b) = PlattScaling.Fit(early.Select(s => s.Score).ToList(), early.Select(s => s.Correct).ToList());
        var earlyRate = early.Average(s => s.Correct ? 1.0 : 0.0);
        var fitBrier = holdout.Average(s => Square(PlattScaling.Probability(a, b, s.Score) - Outcome(s)));
        var baseBrier = holdout.Average(s => Square(earlyRate - Outcome(s)));
        var (fa, fb) = PlattScaling.Fit(samples.Select(s => s.Score).ToList(), samples.Select(s => s.Correct).ToList());
        return new SignalCalibration(
            signal, samples.Count, samples.Average(Outcome), fa, fb, fitBrier < baseBrier - Tolerance, fitBrier, baseBrier);
    }

    /// <summary>A fit must beat the base rate by more than rounding noise (a no-information fit equals it).</summary>
    private const double Tolerance = 1e-9;

    private static double Outcome(CalibrationSample s) => s.Correct ? 1 : 0;

    private static double Square(double v) => v * v;
}
