using Kapman.Notification.Core.Commentary;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Commentary;

/// <summary>
/// Writes the intraday report (issue 20 item 5) once per session when <see cref="CommentaryOptions.IntradayTime"/> is set: every
/// <see cref="Interval"/> it asks <see cref="IntradaySchedule.DueSession"/> with the injected clock and, when a session is due, has
/// <see cref="CommentaryWriter"/> write it (its claim makes that once per session, across restarts and instances); the report then waits
/// for approval like the others.
/// </summary>
public sealed partial class IntradayReportWorker(IServiceProvider services, IOptions<CommentaryOptions> options, TimeProvider clock, ILogger<IntradayReportWorker> logger)
    : BackgroundService
{
    /// <summary>Time between checks.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private DateOnly? written;

    /// <summary>One check: writes the due session's report unless this worker already did; returns the session written, or null.</summary>
    public async Task<DateOnly?> CheckAsync(CancellationToken ct)
    {
        if (options.Value.IntradayTime is not { } at || IntradaySchedule.DueSession(clock.GetUtcNow(), at, NewYork) is not { } session || session == written)
        {
            return null;
        }

        var (report, created) = await services.GetRequiredService<CommentaryWriter>().WriteAsync(ReportKinds.Intraday, session, ct);
        written = session;
        if (created)
        {
            LogWritten(logger, report.Id, session);
        }

        return session;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.IntradayTime is null)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the worker must outlive a failed check (the database down): logged and tried again
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Intraday report {ReportId} written for {Session}")]
    private static partial void LogWritten(ILogger logger, Guid reportId, DateOnly session);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The intraday report check failed; tried again in 30 s")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
