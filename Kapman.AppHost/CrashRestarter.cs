using Kapman.AppHost.Suite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kapman.AppHost;

/// <summary>
/// Starts a service again after it crashes, as a Kubernetes restart policy would: a project resource that exits with
/// a non-zero code (the state DCP reports is Finished or Exited) is started after <see cref="RestartBackoff.Default"/>'s delay (1 s doubling to 30 s, reset after
/// 60 s up), each replica of a resource on its own. A resource stopped on purpose (the dashboard, a test or the AppHost passes it through Stopping) stays stopped.
/// </summary>
internal sealed partial class CrashRestarter(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    TimeProvider clock,
    ILogger<CrashRestarter> logger) : BackgroundService
{
    private readonly Dictionary<string, int> crashes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> runningSince = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> lastState = new(StringComparer.Ordinal);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var projects = model.Resources.OfType<ProjectResource>().Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        await foreach (var update in notifications.WatchAsync(stoppingToken))
        {
            if (!projects.Contains(update.Resource.Name))
            {
                continue;
            }

            // Each process is tracked and restarted by its own id: the replicas of a sharded stage share the resource's name.
            var name = update.ResourceId;

            var state = update.Snapshot.State?.Text;
            if (state is null || lastState.GetValueOrDefault(name) == state)
            {
                continue;
            }

            var previous = lastState.GetValueOrDefault(name);
            lastState[name] = state;
            LogState(name, state, update.Snapshot.ExitCode);
            if (state == KnownResourceStates.Running)
            {
                runningSince[name] = clock.GetUtcNow();
            }
            else if (IsCrash(previous, state, update.Snapshot.ExitCode))
            {
                _ = RestartAsync(name, update.Snapshot.ExitCode!.Value, stoppingToken);
            }
        }
    }

    /// <summary>
    /// A crash is an exit with a non-zero code that nobody asked for: a stop from the dashboard, a test or the
    /// AppHost's own shutdown passes through Stopping first, and <c>dotnet run</c> may then exit non-zero too.
    /// </summary>
    internal static bool IsCrash(string? previousState, string state, int? exitCode) =>
        (state == KnownResourceStates.Exited || state == KnownResourceStates.Finished)
        && exitCode is { } code && code != 0
        && previousState != KnownResourceStates.Stopping;

    private async Task RestartAsync(string name, int exitCode, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var uptime = now - runningSince.GetValueOrDefault(name, now);
        var inARow = RestartBackoff.Default.NextCrashCount(crashes.GetValueOrDefault(name), uptime);
        crashes[name] = inARow;
        var delay = RestartBackoff.Default.DelayFor(inARow);
        LogCrash(name, exitCode, inARow, delay.TotalSeconds);
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
