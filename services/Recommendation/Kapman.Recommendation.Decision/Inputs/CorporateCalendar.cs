namespace Kapman.Recommendation.Decision.Inputs;

/// <summary>
/// What the configured corporate-actions source says about the underlying. An empty list means the source answered and has no
/// event; the absence of a calendar (a null <see cref="DecisionInput.Corporate"/>) means the source is missing, and stage G fails
/// closed for credit structures (docs/domain/decision-engine.md#g-corporate-guard-and-ev, seed 003 §11 R9).
/// </summary>
/// <param name="Source">Name of the source, kept in the trail.</param>
/// <param name="Events">Its events for the underlying.</param>
public sealed record CorporateCalendar(string Source, IReadOnlyList<CorporateEvent> Events);
