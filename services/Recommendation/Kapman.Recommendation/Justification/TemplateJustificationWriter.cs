using Kapman.Recommendation.Core.Justification;

namespace Kapman.Recommendation.Justification;

/// <summary>The default writer: the deterministic template, needing no key.</summary>
public sealed class TemplateJustificationWriter : IJustificationWriter
{
    /// <inheritdoc />
    public Task<JustificationResult> WriteAsync(JustificationFacts facts, CancellationToken ct) =>
        Task.FromResult(new JustificationResult(TemplateJustification.Write(facts), TemplateJustification.Writer, TemplateJustification.Version, null, null));
}
