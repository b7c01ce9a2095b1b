namespace Kapman.Recommendation.Core.Outcomes.Options;

/// <summary>A stored option mark with its strategy, as the accuracy report reads it (P&amp;L in $ per contract).</summary>
public sealed record MarkedPosition(string Strategy, double PnlPerContract, bool HitProfitTarget, bool HitStop, bool? Assigned, string Status, bool ModelPriced);
