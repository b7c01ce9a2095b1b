namespace Kapman.Recommendation.Core;

/// <summary>The Wyckoff verdict of one ticker on one session.</summary>
/// <param name="Ticker">Underlying ticker, e.g. "SPY".</param>
/// <param name="SessionDate">The session the scores belong to.</param>
/// <param name="BcScore">Buying-climax score, 0–28 (seed 000 §11.2).</param>
/// <param name="SpringScore">Spring score, 0–12 (seed 000 §11.3).</param>
/// <param name="AlertKind">"BC_EXIT", "SPRING_ENTRY" (see <see cref="AlertKinds"/>) or null when no alert fired.</param>
public sealed record SignalInput(string Ticker, DateOnly SessionDate, int BcScore, int SpringScore, string? AlertKind);
