namespace Kapman.Recommendation.Core.Calibration;

/// <summary>Settings of <see cref="CalibrationFitter"/>.</summary>
/// <param name="MinimumSample">
/// Resolved calls a signal needs before it gets its own fit (default 300: with a hit rate near 0.5 the standard
/// error of the rate is then about 0.03, and the holdout third holds 100 calls); below it the signal takes the
/// overall base rate and shows no edge.
/// </param>
/// <param name="HoldoutFraction">Latest share of the fit data (by resolution date) on which the fit must beat the base rate.</param>
/// <param name="EdgeZ">
/// One-sided normal quantile of the holdout edge test (<see cref="HoldoutEdgeTest"/>): 1.645, the conventional 5 % level,
/// fixed before any test-year result was seen (with <see cref="MinimumGain"/> it replaced a 1e-9 margin that kept SOW's curve
/// on a holdout tie, 0.2105 against 0.2105).
/// </param>
/// <param name="MinimumGain">
/// The margin of the holdout edge test: the lower bound of the mean Brier gain over the base rate must exceed 0.001, about
/// 0.5 % of the Brier of a base rate near 0.3-0.5 (b(1 − b) 0.21-0.25), a tenth of the 0.01 the reports resolve a skill to.
/// It is there because the paired test is blind to scale: the fit years' SOW curve (a constant rule confidence) equalled the
/// base rate to four decimals on its holdout (0.2105 against 0.2105) yet passed the test at z = 0 and at 1.645.
/// </param>
/// <param name="Features">
/// Names of further inputs the Platt fit takes beside the rule confidence (logistic regression, e.g. the Wyckoff signal
/// features); every sample must then carry that many. Null (the daily run): the rule confidence alone.
/// </param>
/// <param name="ModelName">Name of the parameter set (seed 000 §10.2 <c>model_parameters.model_name</c>).</param>
/// <param name="ModelVersion">Version of the method; the stored version adds the fitted-through date.</param>
public sealed record CalibrationSettings(
    int MinimumSample = 300,
    double HoldoutFraction = 1.0 / 3,
    double EdgeZ = 1.645,
    double MinimumGain = 0.001,
    IReadOnlyList<string>? Features = null,
    string ModelName = "recommendation-calibration",
    string ModelVersion = "platt-1.1.0")
{
    /// <summary>The defaults above.</summary>
    public static CalibrationSettings Default { get; } = new();
}
