using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Kapman.ServiceDefaults.Data;

/// <summary>
/// Applies the schema's migrations during startup, before the bus and the endpoints start. A database that cannot be
/// reached yet (still starting, failing over, or slow to accept under load) is waited for with the same budget as a
/// message's outage retries (<see cref="RetryPolicy.OutageIntervals"/>), each attempt logged with its reason, instead
/// of crashing the host on the first connect timeout. A script that fails by itself still stops the start at once.
/// </summary>
internal sealed partial class MigrationHostedService(MigrationRunner runner, ILogger<MigrationHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) =>
        await Pipeline(RetryPolicy.OutageIntervals, logger).ExecuteAsync(ct => new ValueTask(runner.MigrateAsync(ct)), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Retries a transient failure (<see cref="TransientFailure.Is"/>) after each of <paramref name="intervals"/> in turn.</summary>
    internal static ResiliencePipeline Pipeline(IReadOnlyList<TimeSpan> intervals, ILogger logger) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(TransientFailure.Is),
            MaxRetryAttempts = intervals.Count,
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(intervals[Math.Min(args.AttemptNumber, intervals.Count - 1)]),
            OnRetry = args =>
            {
                LogWaiting(logger, args.AttemptNumber + 1, intervals.Count, args.RetryDelay.TotalSeconds, args.Outcome.Exception?.Message);
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    [LoggerMessage(LogLevel.Warning, "The database is not reachable for migrations (attempt {Attempt} of {Attempts}): {Reason}; trying again in {DelaySeconds} s.")]
    private static partial void LogWaiting(ILogger logger, int attempt, int attempts, double delaySeconds, string? reason);
}
