namespace Kapman.Web.Clients;

/// <summary>
/// Option-level outcomes of a group (recommendation API <c>GET /recommendations/accuracy/options</c>; key ALL or a strategy): positions
/// marked, closed, 50% target and stop hits, CSPs assigned of those expired, model-priced marks, mean P&amp;L in $ per contract.
/// </summary>
public sealed record OptionAccuracyGroup(
    string Key, int Positions, int Closed, int TargetHits, int StopHits, int Assigned, int CspExpired, int ModelPriced, double MeanPnlPerContract,
    double TargetHitRate);
