using System.Diagnostics.Metrics;
using Kapman.Contracts;
using Kapman.Ingestion.Core.Calendar;
using Kapman.Ingestion.Data;
using Kapman.Ingestion.Loading;
using Kapman.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Options;

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
/// <see cref="IngestionOptions.DefaultDueBy"/>), in the same unit. A completed session below it means the run is late.</item>
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

    /// <summary>How often the run record is read.</summary>
    public static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(5);

    private readonly PipelineRunStore runs;
    private readonly TimeProvider clock;
    private readonly TimeOnly dueBy;
    private readonly ILogger<PipelineRunMetrics> logger;
    private volatile Sample? sample;

    /// <summary>Creates the gauges on the host's Kapman meter.</summary>
    public PipelineRunMetrics(PipelineRunStore runs, IMeterFactory meters, TimeProvider clock, IOptions<IngestionOptions> options, ILogger<PipelineRunMetrics> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(options);
        this.runs = runs;
        this.clock = clock;
        this.logger = logger;
        dueBy = options.Value.DueBy();
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

    private async Task<Sample> ReadAsync(CancellationToken ct) =>
        new(await runs.FailedStagesOfNewestRunAsync(ct), await runs.NewestCompletedSessionAsync(ct));

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
