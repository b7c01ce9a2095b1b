using Kapman.Web.Clients;
using Microsoft.Extensions.Options;

namespace Kapman.Web.Ops;

/// <summary>
/// Loads the Ops page: service health (unless the Aspire dashboard shows it, <see cref="DashboardOptions"/>), queues, failed
/// outbox rows and recent runs in parallel; then the heads of the non-empty error queues and the quarantined rows of the
/// requested session (default: the newest run's session); notification's routing table and channel states; the sharded stages'
/// newest splits.
/// </summary>
public sealed class OpsLoader(
    HealthClient health, RabbitMqClient rabbit, IngestionClient ingestion, OutboxClient outbox, NotificationClient notification, ShardClient shards,
    IOptions<DashboardOptions> dashboard)
{
    /// <summary>Recent runs listed.</summary>
    public const int RunCount = 10;

    /// <summary>Messages peeked per error queue.</summary>
    public const int PeekCount = 5;

    /// <summary>Loads every section; failures are captured per section, never thrown.</summary>
    public async Task<OpsDashboard> LoadAsync(DateOnly? session, CancellationToken cancellationToken)
    {
        var healthTask = dashboard.Value.DashboardUrl is null
            ? health.CheckAllAsync(cancellationToken)
            : Task.FromResult<IReadOnlyList<ServiceHealth>>([]);
        var queuesTask = rabbit.GetQueuesAsync(cancellationToken);
        var outboxTask = outbox.GetFailedAsync(cancellationToken);
        var routesTask = notification.GetRoutesAsync(cancellationToken);
        var channelsTask = notification.GetChannelsAsync(cancellationToken);
        var shardsTask = shards.GetRecentAsync(cancellationToken);
        var runs = await ingestion.GetRecentRunsAsync(RunCount, cancellationToken);
        var quarantineSession = session ?? (runs.Value is { Count: > 0 } recent ? recent[0].SessionDate : null);
        var quarantineTask = quarantineSession is { } day ? ingestion.GetQuarantineAsync(day, cancellationToken) : null;

        var queues = await queuesTask;
        var failing = queues.Value?.Where(q => q.IsErrorQueue && q.Messages > 0).ToList() ?? [];
        var peeks = await Task.WhenAll(failing.Select(q => rabbit.PeekAsync(q.Name, PeekCount, cancellationToken)));
        var errorMessages = failing.Zip(peeks).ToDictionary(p => p.First.Name, p => p.Second, StringComparer.Ordinal);

        return new OpsDashboard(
            await healthTask, queues, errorMessages, await outboxTask, runs, quarantineSession,
            quarantineTask is null ? null : await quarantineTask, await routesTask, await channelsTask, await shardsTask);
    }
}
