using System.Diagnostics.Metrics;
using Dapper;
using Kapman.Contracts;
using Kapman.Ingestion.Core.Calendar;
using Kapman.ServiceDefaults.Telemetry;
using Npgsql;

namespace Kapman.Ingestion.Pipeline;

/// <summary>
/// The run record as gauges on the Kapman meter, for the Prometheus alerts (deploy/prometheus/alerts.yml):
/// <list type="bullet">
/// <item><see cref="StageFailedMetric"/> (<c>kapman_pipeline_stage_failed{stage}</c>): 1 for each stage that failed in the
/// newest run, 0 for the others (every stage has a series, so the alert sees a failure as a change, not a new series);</item>
/// <item><see cref="CompletedSessionMetric"/> (<c>kapman_pipeline_completed_session_timestamp_seconds</c>): the newest
/// session with a run whose stages all succeeded (or were partial), as Unix seconds of its date at 00:00 UTC; 0 when none;</item>
/// <item><see cref="DueSessionMetric"/> (<c>kapman_pipeline_due_session_timestamp_seconds</c>): the session whose run should
/// have succeeded by now (<see cref="RunDeadline"/>, due at <c>Kapman:Ingestion:RunDueBy</c> New York time, default
/// <see cref="DefaultDueBy"/>), in the same unit. A completed session below it means the run is late.</item>
/// </list>
/// The run record is read every <see cref="SampleInterval"/>; the due session is computed at each scrape. Until the first
/// read the run-record gauges have no value (not 0, which would read as a failure-free record with no completed run).
/// </summary>
public sealed class PipelineRunMetrics : BackgroundService
{
    /// <summary>OpenTelemetry name of the failed-stage gauge (tag <c>stage</c>).</summary>
    public const string StageFailedMetric = "kapman.pipeline.stage.failed";

    /// <summary>OpenTelemetry name of the newest completed session's gauge (unit <c>s</c>).</summary>
    public const string CompletedSessionMetric = "kapman.pipeline.completed_session.timestamp";

    /// <summary>OpenTelemetry name of the due session's gauge (unit <c>s</c>).</summary>
    public const string DueSessionMetric = "kapman.pipeline.due_session.timestamp";

    /// <summary>The configuration key of the New York time of day a session's run is due by (<c>HH:mm</c>).</summary>
    public const string DueByKey = "Kapman:Ingestion:RunDueBy";

    /// <summary>When a session's run is due unless configured: 20:00 New York, four hours after the close.</summary>
    public static readonly TimeOnly DefaultDueBy = new(20, 0);

    /// <summary>How often the run record is read.</summary>
    public static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(5);

    private readonly NpgsqlDataSource dataSource;
    private readonly TimeProvider clock;
    private readonly TimeOnly dueBy;
    private readonly ILogger<PipelineRunMetrics> logger;
    private volatile Sample? sample;

    /// <summary>Creates the gauges on the host's Kapman meter.</summary>
    /// <exception cref="InvalidOperationException"><see cref="DueByKey"/> is set but not a time of day.</exception>
    public PipelineRunMetrics(NpgsqlDataSource dataSource, IMeterFactory meters, TimeProvider clock, IConfiguration configuration, ILogger<PipelineRunMetrics> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(configuration);
        this.dataSource = dataSource;
        this.clock = clock;
        this.logger = logger;
        dueBy = configuration[DueByKey] is { Length: > 0 } text
            ? TimeOnly.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{DueByKey} must be a New York time of day such as 20:00, not '{text}'.")
            : DefaultDueBy;
        var meter = meters.Create(TelemetryExtensions.KapmanMeter);
        meter.CreateObservableGauge(StageFailedMetric, FailedStages, description: "1 when the stage failed in the newest pipeline run");
        meter.CreateObservableGauge(CompletedSessionMetric, CompletedSession, "s",
            "Newest session (its date at 00:00 UTC) with a run whose stages all succeeded or were partial; 0 when none");
        meter.CreateObservableGauge(DueSessionMetric, () => Seconds(RunDeadline.DueSession(this.clock.GetUtcNow(), dueBy)), "s",
            "Session (its date at 00:00 UTC) whose pipeline run should have succeeded by now");
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SampleInterval);
        do
        {
            try
            {
                sample = await ReadAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The last sample stays; the service's readiness check reports the database itself.
                logger.LogWarning(ex, "Pipeline run metrics: the run record could not be read");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<Sample> ReadAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var failed = await connection.QueryAsync<string>(new CommandDefinition(
            """
            SELECT stage FROM pipeline_stages
            WHERE status = @failed AND run_id = (SELECT run_id FROM pipeline_runs ORDER BY created_at DESC LIMIT 1)
            """, new { failed = StageStatuses.Failed }, cancellationToken: ct));
        var completed = await connection.ExecuteScalarAsync<DateOnly?>(new CommandDefinition(
            """
            SELECT max(r.session_date) FROM pipeline_runs r
            WHERE NOT EXISTS (SELECT 1 FROM pipeline_stages s WHERE s.run_id = r.run_id AND s.status NOT IN (@succeeded, @partial))
            """, new { succeeded = StageStatuses.Succeeded, partial = StageStatuses.Partial }, cancellationToken: ct));
        return new Sample([.. failed], completed);
    }

    private IEnumerable<Measurement<int>> FailedStages() =>
        sample is { FailedStages: var failed }
            ? PipelineStages.All.Select(stage => new Measurement<int>(failed.Contains(stage) ? 1 : 0, new KeyValuePair<string, object?>("stage", stage)))
            : [];

    private IEnumerable<Measurement<long>> CompletedSession() => sample is { } read ? [new Measurement<long>(Seconds(read.Completed))] : [];

    private static long Seconds(DateOnly? session) =>
        session is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds() : 0;

    /// <summary>What the run record said at the last read.</summary>
    private sealed record Sample(IReadOnlyCollection<string> FailedStages, DateOnly? Completed);
}
