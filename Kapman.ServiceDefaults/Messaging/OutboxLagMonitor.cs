using System.Diagnostics.Metrics;
using Dapper;
using Kapman.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Kapman.ServiceDefaults.Messaging;

/// <summary>
/// Exports how far the outbox relay is behind: the gauge <see cref="MetricName"/> (Prometheus
/// <c>kapman_outbox_oldest_unpublished_age_seconds</c>) is the age in seconds of the oldest row still waiting to be
/// published (neither published nor failed), 0 when there is none. The row is looked up every
/// <see cref="SampleInterval"/>; the age is computed at each scrape from the last lookup, so it keeps growing while the
/// database cannot be read. A relay that cannot reach the broker shows here first: its rows wait and age.
/// </summary>
public sealed class OutboxLagMonitor : BackgroundService
{
    /// <summary>The gauge's OpenTelemetry name (unit <c>s</c>) on the <see cref="TelemetryExtensions.KapmanMeter"/> meter.</summary>
    public const string MetricName = "kapman.outbox.oldest_unpublished.age";

    /// <summary>How often the oldest waiting row is looked up.</summary>
    public static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(5);

    private readonly NpgsqlDataSource dataSource;
    private readonly TimeProvider clock;
    private readonly ILogger<OutboxLagMonitor> logger;

    /// <summary>UTC ticks of the oldest waiting row's <c>created_at</c>; 0 when none is waiting.</summary>
    private long oldestTicks;

    /// <summary>Creates the monitor and its gauge on the host's Kapman meter.</summary>
    public OutboxLagMonitor(NpgsqlDataSource dataSource, IMeterFactory meters, TimeProvider clock, ILogger<OutboxLagMonitor> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        this.dataSource = dataSource;
        this.clock = clock;
        this.logger = logger;
        meters.Create(TelemetryExtensions.KapmanMeter).CreateObservableGauge(MetricName, Age, "s",
            "Age of the oldest outbox row waiting to be published (0 when none)");
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SampleInterval, clock);
        do
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                var oldest = await connection.ExecuteScalarAsync<DateTime?>(new CommandDefinition(
                    "SELECT min(created_at) FROM outbox WHERE published_at IS NULL AND failed_at IS NULL", cancellationToken: stoppingToken));
                Interlocked.Exchange(ref oldestTicks, oldest is { } created ? DateTime.SpecifyKind(created, DateTimeKind.Utc).Ticks : 0);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The last known row stays: its age keeps growing, which is the truth while nothing can be published.
                logger.LogWarning(ex, "Outbox lag: the oldest waiting row could not be read");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private double Age()
    {
        var ticks = Interlocked.Read(ref oldestTicks);
        return ticks == 0 ? 0 : Math.Max(0, (clock.GetUtcNow().UtcDateTime - new DateTime(ticks, DateTimeKind.Utc)).TotalSeconds);
    }
}
