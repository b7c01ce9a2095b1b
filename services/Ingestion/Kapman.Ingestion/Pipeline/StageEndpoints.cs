using Kapman.Contracts;

namespace Kapman.Ingestion.Pipeline;

/// <summary>
/// Which pipeline stage each stage consumer's queue performs. A service's queues are named
/// <c>&lt;service&gt;-&lt;event in kebab case&gt;</c> (MassTransit's kebab-case formatter with the service as prefix), and a
/// <c>Fault&lt;T&gt;</c> carries the queue it came from as its source address.
/// </summary>
public static class StageEndpoints
{
    private static readonly Dictionary<string, string> Stages = new(StringComparer.Ordinal)
    {
        ["ingestion-run-daily-pipeline"] = PipelineStages.Ingestion,
        ["metrics-market-session-ingested"] = PipelineStages.Metrics,
        ["metrics-indicator-shard"] = PipelineStages.Metrics,
        ["options-market-session-ingested"] = PipelineStages.Options,
        ["options-chain-shard"] = PipelineStages.Options,
        ["wyckoff-market-session-ingested"] = PipelineStages.Wyckoff,
        ["wyckoff-analysis-shard"] = PipelineStages.Wyckoff,
        ["recommendation-option-metrics-computed"] = PipelineStages.Recommendation,
        ["recommendation-wyckoff-session-analyzed"] = PipelineStages.Recommendation,
        ["notification-recommendations-generated"] = PipelineStages.Notification,
        ["ingestion-run-weekly-maintenance"] = PipelineStages.Retention,
        ["recommendation-run-weekly-maintenance"] = PipelineStages.Outcomes,
    };

    /// <summary>The queue name, the last segment of an endpoint address such as <c>rabbitmq://host/vhost/metrics-market-session-ingested</c>.</summary>
    public static string QueueOf(Uri? address) =>
        address is null ? "unknown" : address.AbsolutePath.TrimEnd('/').Split('/')[^1] is { Length: > 0 } queue ? queue : "unknown";

    /// <summary>The stage the queue's consumer performs, or null for a consumer that is not a stage (e.g. Wyckoff's copy of dealer metrics).</summary>
    public static string? StageOf(string queue) => Stages.GetValueOrDefault(queue);
}
