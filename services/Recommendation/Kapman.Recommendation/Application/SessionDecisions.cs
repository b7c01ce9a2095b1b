using Kapman.Recommendation.Decisions;

namespace Kapman.Recommendation.Application;

/// <summary>What one run of the recommendation stage decided for a session, before it is stored.</summary>
/// <param name="Recommendations">The Wyckoff-driven decisions with their justifications (one per ticker).</param>
/// <param name="Gates">The decision core's candidates with their gate trails (one per underlying with a stored chain and structure).</param>
public sealed record SessionDecisions(IReadOnlyList<JustifiedDecision> Recommendations, IReadOnlyList<GateDecision> Gates);
