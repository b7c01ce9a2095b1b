namespace Kapman.Contracts.Replay;

/// <summary>
/// Which stored event can be replayed to which consumer endpoint (issue 17 §8), the one list the producers' replay
/// APIs, <c>kapman replay</c> and the Ops page's replay form check against. It holds every consumer of the suite
/// (each service's <c>AddKapmanMessaging</c> consumers) but those in <see cref="NotReplayable"/>;
/// tests/Kapman.Architecture.Tests/ReplayCatalogueTests.cs checks it against the consumers in the source.
/// </summary>
public static class ReplayCatalogue
{
    /// <summary>Every replayable pair, by producer then event.</summary>
    public static IReadOnlyList<ReplayRoute> Routes { get; } =
    [
        new(nameof(RunDailyPipeline), "ingestion", "ingestion-run-daily-pipeline"),
        new(nameof(MarketSessionIngested), "ingestion", "metrics-market-session-ingested"),
        new(nameof(MarketSessionIngested), "ingestion", "options-market-session-ingested"),
        new(nameof(MarketSessionIngested), "ingestion", "wyckoff-market-session-ingested"),
        new(nameof(PipelineMessageFaulted), "ingestion", "notification-pipeline-message-faulted"),
        new(nameof(OptionMetricsComputed), "options", "recommendation-option-metrics-computed"),
        new(nameof(OptionMetricsComputed), "options", "wyckoff-option-metrics-computed"),
        new(nameof(WyckoffSessionAnalyzed), "wyckoff", "recommendation-wyckoff-session-analyzed"),
        new(nameof(WyckoffAlertRaised), "wyckoff", "notification-wyckoff-alert-raised"),
        new(nameof(RecommendationsGenerated), "recommendation", "notification-recommendations-generated"),
        new(nameof(RecommendationIssued), "recommendation", "execution-recommendation-issued"),
        new(nameof(RecommendationIssued), "recommendation", "notification-recommendation-issued"),
        new(nameof(ExecutionAlertRaised), "execution", "notification-execution-alert-raised"),
        new(nameof(OrderStateChanged), "execution", "notification-order-state-changed"),
        new(nameof(KillSwitchChanged), "execution", "notification-kill-switch-changed"),
        new(nameof(DailyPnlReported), "execution", "notification-daily-pnl-reported"),
        new(nameof(WyckoffAlertRaised), "wyckoff", "notification-wyckoff-alert-raised-discord"),
        new(nameof(RecommendationIssued), "recommendation", "notification-recommendation-issued-discord"),
        new(nameof(OrderStateChanged), "execution", "notification-order-state-changed-discord"),
        new(nameof(RunWeeklyMaintenance), "ingestion", "ingestion-run-weekly-maintenance"),
        new(nameof(RunWeeklyMaintenance), "ingestion", "recommendation-run-weekly-maintenance"),
        new(nameof(RunWeeklyMaintenance), "ingestion", "wyckoff-run-weekly-maintenance"),
        new(nameof(RunWeeklyMaintenance), "ingestion", "metrics-run-weekly-maintenance"),
        new(nameof(RunWeeklyMaintenance), "ingestion", "options-run-weekly-maintenance"),
        new(nameof(ScheduledRunFailed), "ingestion", "notification-scheduled-run-failed"),
    ];

    /// <summary>
    /// Consumer endpoints that are deliberately not replayable, with the reason: their events are reports about the run
    /// that every service publishes, not data a stage works on.
    /// </summary>
    public static IReadOnlyDictionary<string, string> NotReplayable { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ingestion-pipeline-stage-changed"] =
            "PipelineStageChanged is published by every stage's service and the run keeper ignores a change older than the one it holds.",
        ["notification-pipeline-stage-changed"] =
            "PipelineStageChanged is published by every stage's service; notification mails a failed stage once per stage and session, so a replay would add nothing.",
        ["ingestion-retention-applied"] =
            "RetentionApplied is published by each snapshot owner (Wyckoff, Metrics, Options) for the weekly run; replaying RunWeeklyMaintenance to the owner records the counts again.",
        ["metrics-indicator-shard"] =
            "IndicatorShardRequested is a command inside the metrics stage; replay MarketSessionIngested to metrics-market-session-ingested, which splits the session again.",
        ["options-chain-shard"] =
            "OptionShardRequested is a command inside the options stage; replay MarketSessionIngested to options-market-session-ingested, which splits the session again.",
        ["wyckoff-analysis-shard"] =
            "WyckoffShardRequested is a command inside the Wyckoff stage; replay MarketSessionIngested to wyckoff-market-session-ingested, which splits the session again.",
        ["ingestion-stage-fault"] = "Fault<T> events are published by the broker client, not stored in an outbox; re-drive the _error queue instead.",
    };

    /// <summary>The replayable event types, in <see cref="Routes"/> order.</summary>
    public static IReadOnlyList<string> Events { get; } = Routes.Select(r => r.Event).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The endpoints of <see cref="Routes"/>, each once, in order.</summary>
    public static IReadOnlyList<string> Endpoints { get; } = Routes.Select(r => r.Endpoint).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The route replaying <paramref name="eventName"/> to <paramref name="target"/>: a consumer endpoint (queue name,
    /// <c>wyckoff-market-session-ingested</c>), or a service (<c>wyckoff</c>) with exactly one endpoint consuming the event.
    /// Otherwise a problem that says what is wrong and lists what is valid. Names are case-sensitive, as the queues are.
    /// </summary>
    public static ReplayResolution Resolve(string? eventName, string? target)
    {
        if (string.IsNullOrWhiteSpace(eventName) || !Events.Contains(eventName, StringComparer.Ordinal))
        {
            return new(null, $"event '{eventName}' cannot be replayed; replayable events: {string.Join(", ", Events)}.");
        }

        var routes = Routes.Where(r => r.Event == eventName).ToArray();
        var byEndpoint = routes.SingleOrDefault(r => r.Endpoint == target);
        if (byEndpoint is not null)
        {
            return new(byEndpoint, null);
        }

        var byService = routes.Where(r => r.Consumer == target).ToArray();
        return byService.Length == 1
            ? new(byService[0], null)
            : new(null, $"endpoint '{target}' does not consume {eventName}; its consumers: {string.Join(", ", routes.Select(r => r.Endpoint))}.");
    }
}
