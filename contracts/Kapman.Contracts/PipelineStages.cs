namespace Kapman.Contracts;

/// <summary>
/// Names of the daily pipeline's stages, in run order. Each stage is triggered by the event whose data it uses: ingestion by
/// <see cref="RunDailyPipeline"/>; metrics, options and Wyckoff (which all read the stored bars) by
/// <see cref="MarketSessionIngested"/>, side by side; recommendation by both <see cref="WyckoffSessionAnalyzed"/> and
/// <see cref="OptionMetricsComputed"/>, whichever comes second; notification by <see cref="RecommendationsGenerated"/>.
/// </summary>
public static class PipelineStages
{
    public const string Ingestion = "ingestion";
    public const string Metrics = "metrics";
    public const string Options = "options";
    public const string Wyckoff = "wyckoff";
    public const string Recommendation = "recommendation";
    public const string Notification = "notification";

    /// <summary>The weekly run's outcome evaluation (Recommendation, seed 000 §5.5).</summary>
    public const string Outcomes = "outcomes";

    /// <summary>The weekly run's pruning of Ingestion's job runs (seed 000 §5.6); the other services report <see cref="RetentionApplied"/>.</summary>
    public const string Retention = "retention";

    /// <summary>The weekly run's stages (<see cref="RunWeeklyMaintenance"/>), side by side.</summary>
    public static IReadOnlyList<string> Weekly { get; } = [Outcomes, Retention];

    /// <summary>All stages of the daily run in run order (metrics, options and Wyckoff run concurrently).</summary>
    public static IReadOnlyList<string> All { get; } = [Ingestion, Metrics, Options, Wyckoff, Recommendation, Notification];
}
