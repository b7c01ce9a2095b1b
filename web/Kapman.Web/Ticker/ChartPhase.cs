namespace Kapman.Web.Ticker;

/// <summary>One point of the chart's phase band: the Wyckoff phase the snapshot of a session reported.</summary>
/// <param name="T">Session (yyyy-MM-dd), one of the chart's bars.</param>
/// <param name="Phase">Wyckoff phase: A (stopping the trend), B (building the cause), C (test), D (trend in the range), E (trend out of it).</param>
public sealed record ChartPhase(string T, string Phase);
