using Kapman.Web.Clients;

namespace Kapman.Web.Ops;

/// <summary>Everything the Ops page shows; each part carries its own outcome so each section degrades alone.</summary>
/// <param name="Health">The health of every service through the gateway.</param>
/// <param name="Queues">Every queue of the suite's virtual host.</param>
/// <param name="ErrorMessages">For each non-empty error queue, the messages at its head (left in place).</param>
/// <param name="FailedOutbox">For each service, the outbox rows its relay could not publish.</param>
/// <param name="Runs">Recent pipeline runs, newest first.</param>
/// <param name="QuarantineSession">The session whose quarantined rows are shown, null when none is known.</param>
/// <param name="Quarantine">The rows quarantined for <paramref name="QuarantineSession"/>.</param>
/// <param name="Routes">Notification's routing table with the last message per route and channel.</param>
/// <param name="Channels">Notification's channels: paused or running, messages held.</param>
/// <param name="Shards">The sharded stages' newest splits, by stage, with the replica that did each shard.</param>
public sealed record OpsDashboard(
    IReadOnlyList<ServiceHealth> Health,
    GatewayResult<IReadOnlyList<QueueInfo>> Queues,
    IReadOnlyDictionary<string, GatewayResult<IReadOnlyList<ErrorMessage>>> ErrorMessages,
    IReadOnlyDictionary<string, GatewayResult<IReadOnlyList<FailedOutboxEvent>>> FailedOutbox,
    GatewayResult<IReadOnlyList<PipelineRun>> Runs,
    DateOnly? QuarantineSession,
    GatewayResult<IReadOnlyList<QuarantinedRow>>? Quarantine,
    GatewayResult<IReadOnlyList<NotificationRoute>> Routes,
    GatewayResult<IReadOnlyList<NotificationChannel>> Channels,
    IReadOnlyDictionary<string, GatewayResult<IReadOnlyList<StageSplit>>> Shards);
