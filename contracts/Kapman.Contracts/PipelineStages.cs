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

    /// <summary>All stages in run order (metrics, options and Wyckoff run concurrently).</summary>
    public static IReadOnlyList<string> All { get; } = [Ingestion, Metrics, Options, Wyckoff, Recommendation, Notification];
}
