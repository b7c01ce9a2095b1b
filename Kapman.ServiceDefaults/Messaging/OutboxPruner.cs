using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kapman.ServiceDefaults.Messaging;

/// <summary>
/// Deletes published outbox rows older than <see cref="OutboxOptions.RetentionDays"/> once per
/// <see cref="OutboxOptions.PruneIntervalMinutes"/>, starting one interval after startup (so a restart loop never adds
/// load). Failed and unpublished rows are kept. A database error is logged and the next pass tries again.
/// </summary>
public sealed class OutboxPruner(OutboxStore store, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxPruner> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.RetentionDays == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(settings.PruneIntervalMinutes), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var deleted = await store.PrunePublishedAsync(settings.RetentionDays, stoppingToken);
                logger.LogInformation("Outbox pruned: {Deleted} published rows older than {RetentionDays} days", deleted, settings.RetentionDays);
            }
            catch (NpgsqlException ex)
            {
                logger.LogWarning(ex, "Outbox prune failed; the next pass tries again");
            }
        }
    }
}
