using Kapman.AppHost.Suite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kapman.AppHost;

/// <summary>
/// Starts a service again after it crashes, as a Kubernetes restart policy would: a project resource that exits with
/// a non-zero code (the state DCP reports is Finished or Exited) is started after <see cref="RestartBackoff.Default"/>'s delay (1 s doubling to 30 s, reset after
/// 60 s up). A resource that exits with 0 (stopped from the dashboard or by the AppHost) stays stopped.
/// </summary>
internal sealed partial class CrashRestarter(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    TimeProvider clock,
    ILogger<CrashRestarter> logger) : BackgroundService
{
    private readonly Dictionary<string, (int Crashes, DateTimeOffset StartedAt)> history = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> lastState = new(StringComparer.Ordinal);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var projects = model.Resources.OfType<ProjectResource>().Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        await foreach (var update in notifications.WatchAsync(stoppingToken))
        {
            var name = update.Resource.Name;
            if (!projects.Contains(name))
            {
                continue;
            }

            var state = update.Snapshot.State?.Text;
            if (state is not null && lastState.GetValueOrDefault(name) != state)
            {
                lastState[name] = state;
                LogState(name, state, update.Snapshot.ExitCode);
            }

            if (state == KnownResourceStates.Running && !history.ContainsKey(name + "#running"))
            {
                history[name + "#running"] = (0, clock.GetUtcNow());
            }
            else if ((state == KnownResourceStates.Exited || state == KnownResourceStates.Finished) && update.Snapshot.ExitCode is { } code && code != 0)
            {
                _ = RestartAsync(name, code, stoppingToken);
            }
        }
    }

    private async Task RestartAsync(string name, int exitCode, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var previous = history.GetValueOrDefault(name);
        var startedAt = history.Remove(name + "#running", out var running) ? running.StartedAt : now;
        var crashes = RestartBackoff.Default.NextCrashCount(previous.Crashes, now - startedAt);
        history[name] = (crashes, now);
        var delay = RestartBackoff.Default.DelayFor(crashes);
        LogCrash(name, exitCode, crashes, delay.TotalSeconds);
        try
        {
            await Task.Delay(delay, clock, ct);
            var result = await commands.ExecuteCommandAsync(name, KnownResourceCommands.StartCommand, ct);
            if (!result.Success)
            {
                LogRestartFailed(name, result.Message);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The AppHost is stopping: nothing to restart.
        }
    }

    [LoggerMessage(LogLevel.Warning, "{Resource} exited with code {ExitCode} (crash {Crashes} in a row); starting it again in {DelaySeconds} s.")]
    private partial void LogCrash(string resource, int exitCode, int crashes, double delaySeconds);

    [LoggerMessage(LogLevel.Information, "{Resource} is {State} (exit code {ExitCode}).")]
    private partial void LogState(string resource, string state, int? exitCode);

    [LoggerMessage(LogLevel.Error, "Could not start {Resource} again: {Error}")]
    private partial void LogRestartFailed(string resource, string? error);
}
