using Kapman.Notification.Core.Commentary;
using Kapman.ServiceDefaults.Hosting;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Commentary;

/// <summary>
/// Writes the intraday report (issue 20 item 5) once per session when <see cref="CommentaryOptions.IntradayTime"/> is set: every
/// 30 s it asks <see cref="IntradaySchedule.DueSession"/> with the injected clock and, when a session is due, has
/// <see cref="CommentaryWriter"/> write it (its claim makes that once per session, across restarts and instances); the report then waits
/// for approval like the others.
/// </summary>
public sealed partial class IntradayReportWorker(IServiceProvider services, IOptions<CommentaryOptions> options, TimeProvider clock, ILogger<IntradayReportWorker> logger)
    : PeriodicWorker(clock)
{
    /// <summary>Time between checks.</summary>
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(30);

    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private DateOnly? written;

    /// <summary>One check: writes the due session's report unless this worker already did; returns the session written, or null.</summary>
    public async Task<DateOnly?> CheckAsync(CancellationToken ct)
    {
        if (options.Value.IntradayTime is not { } at || IntradaySchedule.DueSession(Clock.GetUtcNow(), at, NewYork) is not { } session || session == written)
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
    protected override bool Enabled => options.Value.IntradayTime is not null;

    /// <inheritdoc />
    protected override TimeSpan Interval => CheckInterval;

    /// <inheritdoc />
    protected override Task PassAsync(CancellationToken ct) => CheckAsync(ct);

    /// <inheritdoc />
    protected override void OnPassFailed(Exception exception) => LogFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Intraday report {ReportId} written for {Session}")]
    private static partial void LogWritten(ILogger logger, Guid reportId, DateOnly session);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The intraday report check failed; tried again in 30 s")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
