namespace Kapman.Recommendation.Core.Outcomes.Options;

/// <summary>
/// Option-level outcomes of a group of positions (issue 22 item 5), beside the directional Brier score.
/// </summary>
/// <param name="Key">The strategy code, or <c>ALL</c>.</param>
/// <param name="Positions">Positions with at least one mark.</param>
/// <param name="Closed">Positions no longer re-marked (target, stop or expired).</param>
/// <param name="TargetHits">Positions that reached the 50% profit target.</param>
/// <param name="StopHits">Positions that reached the plan's option stop.</param>
/// <param name="Assigned">CSPs assigned at expiry (underlying close below the strike).</param>
/// <param name="CspExpired">CSPs held to expiry (the assignment rate's denominator).</param>
/// <param name="ModelPriced">Positions whose latest mark valued a leg at intrinsic for want of a quote.</param>
/// <param name="MeanPnlPerContract">Mean of the latest marks' P&amp;L, $ per contract.</param>
/// <param name="TargetHitRate">TargetHits ÷ Positions.</param>
public sealed record OptionAccuracyGroup(
    string Key, int Positions, int Closed, int TargetHits, int StopHits, int Assigned, int CspExpired, int ModelPriced, double MeanPnlPerContract,
    double TargetHitRate);
