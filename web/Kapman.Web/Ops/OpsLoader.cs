using Kapman.Web.Clients;
using Microsoft.Extensions.Options;

namespace Kapman.Web.Ops;

/// <summary>
/// Loads the Ops page, every read in parallel: service health (unless the Aspire dashboard shows it, <see cref="DashboardOptions"/>),
/// queues (then the heads of the non-empty error queues), failed outbox rows, recent runs, the quarantined rows of the requested
/// session (default: the newest run's session, read with its session in one call), notification's routing table and channel
/// states, and the sharded stages' newest splits.
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
        var runsTask = ingestion.GetRecentRunsAsync(RunCount, cancellationToken);
        var quarantineTask = QuarantineAsync(session, cancellationToken);

        var queues = await queuesTask;
        var failing = queues.Value?.Where(q => q.IsErrorQueue && q.Messages > 0).ToList() ?? [];
        var peeks = await Task.WhenAll(failing.Select(q => rabbit.PeekAsync(q.Name, PeekCount, cancellationToken)));
        var errorMessages = failing.Zip(peeks).ToDictionary(p => p.First.Name, p => p.Second, StringComparer.Ordinal);

        var (quarantineSession, quarantine) = await quarantineTask;
        return new OpsDashboard(
            await healthTask, queues, errorMessages, await outboxTask, await runsTask, quarantineSession,
            quarantine, await routesTask, await channelsTask, await shardsTask);
    }

    /// <summary>
    /// The quarantined rows of <paramref name="session"/>, or of the newest run's session when null; the session is null (and so are
    /// the rows) when no run is known, or the newest could not be read.
    /// </summary>
    private async Task<(DateOnly? Session, GatewayResult<IReadOnlyList<QuarantinedRow>>? Rows)> QuarantineAsync(DateOnly? session, CancellationToken ct)
    {
        if (session is { } day)
        {
            return (day, await ingestion.GetQuarantineAsync(day, ct));
        }

        var latest = await ingestion.GetLatestQuarantineAsync(ct);
        return latest.Value is { } found ? (found.SessionDate, new GatewayResult<IReadOnlyList<QuarantinedRow>>(latest.Outcome, found.Rows, latest.Detail)) : (null, null);
    }
}
