namespace Kapman.Wyckoff.Core;

/// <summary>The Wyckoff phase of a session (docs/domain/wyckoff-events-and-phases.md#phases, seed 000 §11.1), from <see cref="PhaseClassifier"/>.</summary>
/// <param name="Phase">A Accumulation, B Markup, C Consolidation, D Distribution or E Markdown.</param>
/// <param name="Score">Strength of the phase, 0..1 (3 decimals); see the classifier for each formula.</param>
/// <param name="Confidence">0..1 (3 decimals); see the classifier.</param>
/// <param name="SubStage">The latest event of the phase (for example SPRING), or <c>trend</c> / <c>range</c>.</param>
/// <param name="Sequence">The events JSON fields of docs/domain/wyckoff-events-and-phases.md#event-sequence (seed 000 §5.3).</param>
public sealed record PhaseReading(string Phase, double Score, double Confidence, string SubStage, EventSequence Sequence);
