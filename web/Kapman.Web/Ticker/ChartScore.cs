namespace Kapman.Web.Ticker;

/// <summary>One point of the score history under the chart: the Wyckoff scores the snapshot of a session reported.</summary>
/// <param name="T">Session (yyyy-MM-dd), one of the chart's bars.</param>
/// <param name="Bc">Buying-climax score, 0-28 (docs/domain/wyckoff-scores.md#bc-score, seed 000 §11.2).</param>
/// <param name="Spring">Spring score, 0-12 (seed 000 §11.3).</param>
public sealed record ChartScore(string T, int Bc, int Spring);
