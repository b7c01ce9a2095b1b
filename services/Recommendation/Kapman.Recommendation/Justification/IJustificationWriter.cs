using Kapman.Recommendation.Core.Justification;

namespace Kapman.Recommendation.Justification;

/// <summary>Writes the justification of a decision from its structured facts; never throws for a model failure.</summary>
public interface IJustificationWriter
{
    /// <summary>The justification of <paramref name="facts"/>.</summary>
    Task<JustificationResult> WriteAsync(JustificationFacts facts, CancellationToken ct);
}
