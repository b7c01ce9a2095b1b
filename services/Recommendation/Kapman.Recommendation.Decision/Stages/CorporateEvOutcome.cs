using Kapman.Recommendation.Decision.Ev;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Stages;

/// <summary>Stage G's verdict and EV_net (null when the corporate guard stopped it before the EV was computed).</summary>
public sealed record CorporateEvOutcome(GateVerdict Verdict, EvNet? Ev);
