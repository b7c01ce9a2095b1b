using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Decision.Stages;

/// <summary>Stage F's verdict and the candidate it built (null when it found none).</summary>
public sealed record StructureOutcome(GateVerdict Verdict, Candidate? Candidate);
