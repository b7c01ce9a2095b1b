namespace Kapman.Recommendation.Core.Calibration;

/// <summary>
/// The fitted calibration of one signal (see <see cref="CalibrationFitter"/>).
/// </summary>
/// <param name="Signal">The signal (trigger).</param>
/// <param name="Count">Resolved calls it was fitted on.</param>
/// <param name="BaseRate">Their hit rate, 0..1: the confidence when the signal shows no edge.</param>
/// <param name="A">Platt slope on the rule confidence.</param>
/// <param name="B">Platt intercept.</param>
/// <param name="HasEdge">Whether the Platt fit beat the base rate significantly on the fit data's holdout (its latest third; <see cref="HoldoutEdgeTest"/>).</param>
/// <param name="HoldoutBrier">Mean Brier of the Platt fit on the holdout (NaN when not tested).</param>
/// <param name="HoldoutBaseBrier">Mean Brier of the base rate of the earlier two thirds on the holdout (NaN when not tested).</param>
/// <param name="HoldoutGainLower">Lower bound of the holdout's mean Brier gain of the fit over the base rate (<see cref="HoldoutEdge.GainLowerBound"/>);
/// null when not tested.</param>
/// <param name="Weights">Coefficients of the further inputs (<see cref="CalibrationModel.Features"/>, in order); null for a fit on the
/// rule confidence alone.</param>
public sealed record SignalCalibration(
    string Signal, int Count, double BaseRate, double A, double B, bool HasEdge, double HoldoutBrier, double HoldoutBaseBrier,
    double? HoldoutGainLower = null, IReadOnlyList<double>? Weights = null)
{
    /// <summary>
    /// The calibrated probability of a call with rule confidence <paramref name="score"/> and, for a fit with further inputs,
    /// <paramref name="features"/>: Platt with an edge, else the base rate.
    /// </summary>
    /// <exception cref="ArgumentException">A fit with further inputs is given none, or a different number.</exception>
    public double Probability(double score, IReadOnlyList<double>? features = null)
    {
        if (!HasEdge)
        {
            return BaseRate;
        }

        if (Weights is null)
        {
            return PlattScaling.Probability(A, B, score);
        }

        return PlattScaling.Probability(A, B, Weights, score,
            features ?? throw new ArgumentException($"The calibration of {Signal} needs its {Weights.Count} inputs.", nameof(features)));
    }
}
