namespace Kapman.Recommendation.Core.Calibration;

/// <summary>
/// The fitted calibration of one signal (see <see cref="CalibrationFitter"/>).
/// </summary>
/// <param name="Signal">The signal (trigger).</param>
/// <param name="Count">Resolved calls it was fitted on.</param>
/// <param name="BaseRate">Their hit rate, 0..1: the confidence when the signal shows no edge.</param>
/// <param name="A">Platt slope on the rule confidence.</param>
/// <param name="B">Platt intercept.</param>
/// <param name="HasEdge">Whether the Platt fit beat the base rate on the fit data's holdout (its latest third).</param>
/// <param name="HoldoutBrier">Mean Brier of the Platt fit on the holdout (NaN when not tested).</param>
/// <param name="HoldoutBaseBrier">Mean Brier of the base rate of the earlier two thirds on the holdout (NaN when not tested).</param>
public sealed record SignalCalibration(
    string Signal, int Count, double BaseRate, double A, double B, bool HasEdge, double HoldoutBrier, double HoldoutBaseBrier)
{
    /// <summary>The calibrated probability of a call with rule confidence <paramref name="score"/>: Platt with an edge, else the base rate.</summary>
    public double Probability(double score) => HasEdge ? PlattScaling.Probability(A, B, score) : BaseRate;
}
