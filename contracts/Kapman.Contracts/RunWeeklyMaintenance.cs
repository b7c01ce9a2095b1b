namespace Kapman.Contracts;

/// <summary>
/// Command of the weekly run (issue 22 items 1, 4, 5), started by Ingestion's schedule once a week after the configured weekday's daily run
/// has finished, and recorded like a daily run with the stages of <see cref="PipelineStages.Weekly"/>. Recommendation re-evaluates the
/// outcomes as of <see cref="SessionDate"/> (stage <see cref="PipelineStages.Outcomes"/>); Ingestion prunes its job runs (stage
/// <see cref="PipelineStages.Retention"/>); Wyckoff, Metrics and Options prune their snapshots and report with <see cref="RetentionApplied"/>.
/// Every cut-off is relative to <see cref="SessionDate"/>, never to a clock.
/// </summary>
/// <param name="RunId">The weekly run's record.</param>
/// <param name="SessionDate">The session the outcomes are evaluated as of, and retention counts back from.</param>
public sealed record RunWeeklyMaintenance(Guid RunId, DateOnly SessionDate, int SchemaVersion = 1) : IIntegrationEvent;
