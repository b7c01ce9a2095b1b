namespace Kapman.Recommendation.Core.Calibration;

/// <summary>The verdict of <see cref="HoldoutEdgeTest"/> on one signal's holdout.</summary>
/// <param name="Brier">Mean Brier of the calibrated forecast (NaN without calls).</param>
/// <param name="ReferenceBrier">Mean Brier of the reference, the base rate (NaN without calls).</param>
/// <param name="GainLowerBound">Lower bound of the mean Brier gain (reference − forecast) at the test's z; null with fewer than 2 calls.</param>
/// <param name="HasEdge">Whether <paramref name="GainLowerBound"/> is above the test's margin.</param>
public sealed record HoldoutEdge(double Brier, double ReferenceBrier, double? GainLowerBound, bool HasEdge);
