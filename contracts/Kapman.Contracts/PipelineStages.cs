namespace Kapman.Contracts;

/// <summary>Names of the daily pipeline's stages, in run order.</summary>
public static class PipelineStages
{
    public const string Ingestion = "ingestion";
    public const string Metrics = "metrics";
    public const string Options = "options";
    public const string Wyckoff = "wyckoff";
    public const string Recommendation = "recommendation";
    public const string Notification = "notification";

    /// <summary>All stages in run order.</summary>
    public static IReadOnlyList<string> All { get; } = [Ingestion, Metrics, Options, Wyckoff, Recommendation, Notification];
}
