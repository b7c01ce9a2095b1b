using System.Text.Json;

namespace Kapman.Recommendation.Core.Calibration;

/// <summary>
/// A versioned calibration parameter set (seed 000 §10.2 <c>model_parameters</c>: name, version, parameters JSON),
/// fitted only on outcomes resolved before <see cref="FittedThrough"/>; valid for sessions on or after that date.
/// </summary>
/// <param name="Name">Model name.</param>
/// <param name="Version">Method version and fitted-through date, e.g. "platt-1.1.0+2025-01-02".</param>
/// <param name="FittedThrough">Exclusive: every outcome used resolved strictly before this date.</param>
/// <param name="BaseRate">Hit rate of all calls fitted on (the confidence of a signal without its own fit).</param>
/// <param name="Signals">Per-signal calibration.</param>
/// <param name="Features">Names of the further inputs every fitted signal takes (<see cref="CalibrationSettings.Features"/>); null for none.</param>
public sealed record CalibrationModel(
    string Name, string Version, DateOnly FittedThrough, double BaseRate, IReadOnlyList<SignalCalibration> Signals,
    IReadOnlyList<string>? Features = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The calibration of <paramref name="signal"/>, or null when it has no fit of its own.</summary>
    public SignalCalibration? For(string? signal) => Signals.FirstOrDefault(s => s.Signal == signal);

    /// <summary>The calibrated probability of a call on <paramref name="signal"/> with rule confidence <paramref name="score"/> and,
    /// for a model with <see cref="Features"/>, those inputs.</summary>
    /// <exception cref="ArgumentException">The model has further inputs and <paramref name="features"/> does not match them.</exception>
    public double Probability(string? signal, double score, IReadOnlyList<double>? features = null) =>
        For(signal)?.Probability(score, features) ?? BaseRate;

    /// <summary>Whether <paramref name="signal"/> beat its base rate out of sample when fitted (false: show "no edge").</summary>
    public bool HasEdge(string? signal) => For(signal)?.HasEdge ?? false;

    /// <summary>The parameters JSON (camelCase).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads <see cref="ToJson"/> output.</summary>
    /// <exception cref="JsonException">Not a calibration model.</exception>
    public static CalibrationModel FromJson(string json) =>
        JsonSerializer.Deserialize<CalibrationModel>(json, Json) ?? throw new JsonException("Empty calibration model.");
}
