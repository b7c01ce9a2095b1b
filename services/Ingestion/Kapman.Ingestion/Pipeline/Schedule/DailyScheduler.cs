using Kapman.Ingestion.Application;
using Kapman.Ingestion.Data;
using Kapman.Ingestion.Sources;
using Microsoft.Extensions.Options;

namespace Kapman.Ingestion.Pipeline.Schedule;

/// <summary>
/// Starts the daily pipeline by itself (issue 22 item 1): each <see cref="ScheduleOptions.PollSeconds"/> it asks
/// <see cref="Core.Calendar.DailySchedule.Due"/> which sessions are due after the newest session with any run, and starts them in session
/// order while each one's file is available in the configured source; the first missing file stops the pass (the next poll looks
/// again), so runs never go out of order. A run missed while the suite was down is caught up at start the same way. Starting is
/// <see cref="RunKeeper.StartScheduledAsync"/>: one transaction, under an advisory lock, that skips a session which has a run, so two
/// replicas or a manual start never run a session twice. A failed scheduled run alerts like any other (its stage's failure).
/// Time is the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class DailyScheduler(
    IOptions<ScheduleOptions> options, PipelineRunStore runs, RunKeeper keeper, ISessionFileSource source, TimeProvider clock, ILogger<DailyScheduler> logger)
    : BackgroundService
{
    private SchedulePass? last;

    /// <summary>The last pass, or null before the first one.</summary>
    public SchedulePass? LastPass => Volatile.Read(ref last);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        LogEnabled(logger, options.Value.StartAt);
        while (!stoppingToken.IsCancellationRequested)
        {
            await PassAsync(stoppingToken);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One look: starts every due session whose file is there, in order, and records what it found.</summary>
    public async Task PassAsync(CancellationToken ct)
    {
        var schedule = options.Value.ToSchedule();
        var now = clock.GetUtcNow();
        try
        {
            DateOnly? waiting = null;
            foreach (var session in schedule.Due(now, await runs.NewestRunSessionAsync(ct)))
            {
                if (!await source.ExistsAsync(session, ct))
                {
                    waiting = session;
                    break;
                }

                if (await keeper.StartScheduledAsync(session, ct) is { } runId)
                {
                    LogStarted(logger, session, runId);
                }
            }

            Volatile.Write(ref last, new SchedulePass(now, schedule.NextStart(now), waiting, null));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogPassFailed(logger, ex);
            Volatile.Write(ref last, new SchedulePass(now, schedule.NextStart(now), null, ex.Message));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily schedule on: sessions become eligible at {StartAt} New York")]
    private static partial void LogEnabled(ILogger logger, string startAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled run {RunId} started for session {Session:yyyy-MM-dd}")]
    private static partial void LogStarted(ILogger logger, DateOnly session, Guid runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass of the daily schedule failed; the next poll tries again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
