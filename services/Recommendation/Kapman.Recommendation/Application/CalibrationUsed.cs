namespace Kapman.Recommendation.Application;

/// <summary>The calibration a stored confidence came from.</summary>
/// <param name="Version">The parameter set's version, e.g. "platt-1.1.0+2025-08-25".</param>
/// <param name="NoEdge">True when the signal did not beat its base rate in that set: the confidence is the base rate.</param>
public sealed record CalibrationUsed(string Version, bool NoEdge);
