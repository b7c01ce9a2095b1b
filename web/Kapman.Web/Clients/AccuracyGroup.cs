namespace Kapman.Web.Clients;

/// <summary>
/// Accuracy of a group of calls (recommendation API <c>GET /recommendations/accuracy</c>): hit rate, mean Brier
/// (p − o)², the climatological baseline b(1 − b) and the skill 1 − Brier / baseline (null when the baseline is 0).
/// </summary>
/// <param name="Key">Group key (phase, strategy or signal; "all" overall).</param>
/// <param name="Count">Scored calls.</param>
/// <param name="HitRate">Share of correct calls, 0-1.</param>
/// <param name="MeanBrier">Mean Brier score, 0 best.</param>
/// <param name="BaselineBrier">Brier of always predicting the base rate.</param>
/// <param name="BrierSkill">Skill against the baseline; above 0 beats it.</param>
public sealed record AccuracyGroup(string Key, int Count, double HitRate, double MeanBrier, double BaselineBrier, double? BrierSkill);
