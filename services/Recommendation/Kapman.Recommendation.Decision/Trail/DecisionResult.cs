using Kapman.Recommendation.Decision.Ev;
using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Decision.Trail;

/// <summary>The pipeline's answer: accepted or not, the gate trail up to the first rejection, and what was selected.</summary>
/// <param name="Trail">Each stage's verdict in the order run.</param>
/// <param name="Candidate">The structure stage F selected, or null when the pipeline stopped before it or F found none.</param>
/// <param name="Ev">EV_net of the candidate when stage G computed it, else null.</param>
public sealed record DecisionResult(IReadOnlyList<GateVerdict> Trail, Candidate? Candidate, EvNet? Ev)
{
    /// <summary>True when every stage passed.</summary>
    public bool Accepted => Trail.Count > 0 && Trail.All(v => v.Passed);

    /// <summary>The rejecting verdict, or null when accepted.</summary>
    public GateVerdict? Rejection => Trail.FirstOrDefault(v => !v.Passed);

    /// <summary>The trail as text, one stage after another (what the "why?" and "why not?" views show).</summary>
    public string Describe() => string.Join('\n', Trail.Select(v => v.ToString()));
}
