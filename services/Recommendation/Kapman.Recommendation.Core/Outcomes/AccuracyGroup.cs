namespace Kapman.Recommendation.Core.Outcomes;

/// <summary>
/// Accuracy of a group of calls. HitRate = share with o = 1; MeanBrier = mean (p − o)²; the climatological
/// baseline always predicts the group's base rate b = HitRate, so BaselineBrier = b(1 − b); BrierSkill =
/// 1 − MeanBrier / BaselineBrier (&gt; 0 beats the baseline; null when the baseline is 0).
/// </summary>
public sealed record AccuracyGroup(string Key, int Count, double HitRate, double MeanBrier, double BaselineBrier, double? BrierSkill);
