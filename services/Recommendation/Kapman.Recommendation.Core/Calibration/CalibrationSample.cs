namespace Kapman.Recommendation.Core.Calibration;

/// <summary>One resolved directional call as calibration evidence.</summary>
/// <param name="Signal">The signal (trigger) the call was made on, e.g. "SPRING_ENTRY".</param>
/// <param name="Score">The rule confidence of the call, 0..1 (the calibration's input).</param>
/// <param name="ResolvedOn">The last bar its outcome used: the outcome is known after that session's close.</param>
/// <param name="Correct">Whether the direction was right.</param>
/// <param name="Features">The further inputs of a calibration with <see cref="CalibrationSettings.Features"/>, in that order; null otherwise.</param>
public sealed record CalibrationSample(string Signal, double Score, DateOnly ResolvedOn, bool Correct, IReadOnlyList<double>? Features = null);
