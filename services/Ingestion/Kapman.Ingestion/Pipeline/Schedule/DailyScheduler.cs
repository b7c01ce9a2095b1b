using Kapman.Ingestion.Application;
using Kapman.Ingestion.Core.Calendar;
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
/// replicas or a manual start never run a session twice. A scheduled run that starts and fails alerts through its stage's failure; a
/// session that has not started by <see cref="ScheduleOptions.AlertAt"/> the next morning (file missing, source or database failing) raises
/// <c>ScheduledRunFailed</c> once (<see cref="ScheduleKeeper.RaiseAlertAsync"/>). After the daily starts, the weekly run (outcome evaluation
/// and retention) starts once its session's daily run has finished (<see cref="ScheduleKeeper.StartWeeklyIfDueAsync"/>).
/// Time is the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class DailyScheduler(
    IOptions<ScheduleOptions> options, PipelineRunStore runs, RunKeeper keeper, ScheduleKeeper scheduleKeeper, ISessionFileSource source, TimeProvider clock,
    ILogger<DailyScheduler> logger)
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

    /// <summary>
    /// One look: starts every due session whose file is there, in order, then the weekly run when one is due; a session that is still not
    /// started at its alert time (its file missing, or the pass failing) raises <c>ScheduledRunFailed</c> once. Records what it found.
    /// </summary>
    public async Task PassAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var schedule = settings.ToSchedule();
        var now = clock.GetUtcNow();
        DateOnly? blocked = null;
        string? error = null;
        DateOnly? waiting = null;
        try
        {
            foreach (var session in schedule.Due(now, await runs.NewestRunSessionAsync(ct)))
            {
                blocked = session;
                if (!await source.ExistsAsync(session, ct))
                {
                    waiting = session;
                    break;
                }

                if (await keeper.StartScheduledAsync(session, ct) is { } runId)
                {
                    LogStarted(logger, session, runId);
                }

                blocked = null;
            }

            if (await scheduleKeeper.StartWeeklyIfDueAsync(settings.ToWeeklyRun(), ct) is { } weekly)
            {
                LogWeeklyStarted(logger, weekly.Session, weekly.RunId);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogPassFailed(logger, ex);
            error = ex.Message;
        }

        Volatile.Write(ref last, new SchedulePass(now, schedule.NextStart(now), waiting, error));
        if (blocked is { } late && RunAlert.IsOverdue(late, settings.AlertTime(), now))
        {
            await AlertAsync(late, waiting is null ? $"the schedule could not start it: {error}" : "the session file is not available in the configured source",
                RunAlert.DueBy(late, settings.AlertTime()), now, ct);
        }
    }

    private async Task AlertAsync(DateOnly session, string reason, DateTimeOffset dueBy, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            if (await scheduleKeeper.RaiseAlertAsync(session, reason, dueBy, now, ct))
            {
                LogAlerted(logger, session, reason);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogPassFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily schedule on: sessions become eligible at {StartAt} New York")]
    private static partial void LogEnabled(ILogger logger, string startAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled run {RunId} started for session {Session:yyyy-MM-dd}")]
    private static partial void LogStarted(ILogger logger, DateOnly session, Guid runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Weekly run {RunId} started for session {Session:yyyy-MM-dd}")]
    private static partial void LogWeeklyStarted(ILogger logger, DateOnly session, Guid runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The run of session {Session:yyyy-MM-dd} has not started by its alert time: {Reason}")]
    private static partial void LogAlerted(ILogger logger, DateOnly session, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass of the daily schedule failed; the next poll tries again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
