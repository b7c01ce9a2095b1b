namespace Kapman.Recommendation.Core.Calibration;

/// <summary>Settings of <see cref="CalibrationFitter"/>.</summary>
/// <param name="MinimumSample">
/// Resolved calls a signal needs before it gets its own fit (default 300: with a hit rate near 0.5 the standard
/// error of the rate is then about 0.03, and the holdout third holds 100 calls); below it the signal takes the
/// overall base rate and shows no edge.
/// </param>
/// <param name="HoldoutFraction">Latest share of the fit data (by resolution date) on which the fit must beat the base rate.</param>
/// <param name="ModelName">Name of the parameter set (seed 000 §10.2 <c>model_parameters.model_name</c>).</param>
/// <param name="ModelVersion">Version of the method; the stored version adds the fitted-through date.</param>
public sealed record CalibrationSettings(
    int MinimumSample = 300,
    double HoldoutFraction = 1.0 / 3,
    string ModelName = "recommendation-calibration",
    string ModelVersion = "platt-1.0.0")
{
    /// <summary>The defaults above.</summary>
    public static CalibrationSettings Default { get; } = new();
}
