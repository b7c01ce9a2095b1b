namespace Kapman.Wyckoff.Core;

/// <summary>
/// BC signal 7, Sentiment Extreme (docs/domain/wyckoff-scores.md#bc-sentiment-extreme, seed 000 §11.2: "Media/social euphoria"). No sentiment source is wired
/// in, so it always scores 0.
/// </summary>
internal static class SentimentExtremeRule
{
    public const string Name = "Sentiment Extreme";

    public static ScoreSignal Evaluate(WyckoffParameters parameters) =>
        new(Name, 0, parameters.BcSignalPoints, "no sentiment source configured");
}
