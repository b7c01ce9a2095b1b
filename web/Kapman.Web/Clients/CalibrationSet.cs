namespace Kapman.Web.Clients;

/// <summary>
/// A walk-forward calibration parameter set (recommendation API <c>GET /calibration</c>): fitted only on outcomes resolved
/// before <paramref name="FittedThrough"/>; signals without an edge take their base rate.
/// </summary>
/// <param name="Name">Model name.</param>
/// <param name="Version">Method version and fitted-through date, e.g. "platt-1.1.0+2025-08-25".</param>
/// <param name="FittedThrough">Exclusive end of the outcomes it was fitted on.</param>
/// <param name="BaseRate">Hit rate of all calls fitted on, 0-1 (the confidence of a signal without a fit of its own).</param>
/// <param name="Signals">Signals with enough calls for a fit of their own.</param>
public sealed record CalibrationSet(string Name, string Version, DateOnly FittedThrough, double BaseRate, IReadOnlyList<CalibrationSignal> Signals);
