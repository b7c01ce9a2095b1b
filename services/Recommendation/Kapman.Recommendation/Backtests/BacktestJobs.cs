using System.Collections.Concurrent;
using Kapman.Recommendation.Backtest.Analytics;
using Kapman.Recommendation.Backtest.Engine;
using Kapman.Recommendation.Backtest.History;
using Kapman.Recommendation.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kapman.Recommendation.Backtests;

/// <summary>
/// Runs backtests in the background, one at a time (a run is CPU-bound), on the same <see cref="BacktestRunner"/> and
/// <see cref="PerformanceAnalyzer"/> as <c>kapman backtest</c>, over the history of <see cref="BacktestHistoryLoader"/>, and stores
/// each run's report, series and trades (<see cref="BacktestStore"/>). A run lives in the process that started it: when the host
/// stops, its queued and running runs are marked failed with that reason (start them again). A process killed outright cannot do
/// that, so every <see cref="BacktestOptions.HeartbeatSeconds"/> each instance refreshes the heartbeat of its own queued and running
/// runs and marks failed any run, whichever instance recorded it, whose heartbeat is <see cref="BacktestOptions.StaleHeartbeats"/>
/// intervals old (the first pass at start).
/// </summary>
public sealed partial class BacktestJobs(
    NpgsqlDataSource dataSource, BacktestHistoryLoader history, TimeProvider clock, IHostApplicationLifetime lifetime, IOptions<BacktestOptions> options,
    ILogger<BacktestJobs> logger)
    : IHostedService
{
    /// <summary>The pricing label of a run on stored (real) chains.</summary>
    public const string StoredChain = "stored-chain";

    private readonly Lock sync = new();
    private readonly ConcurrentDictionary<Guid, Task> jobs = new();
    private Task tail = Task.CompletedTask;
    private Task heartbeat = Task.CompletedTask;

    /// <summary>
    /// The pricing label of a run: <c>model-priced</c> when any trade is (the runner marks and exits every position on model prices),
    /// or, without trades, when any session in the range has no stored chain; else <c>stored-chain</c>.
    /// </summary>
    public static string PricingOf(BacktestResult result, IReadOnlyList<BacktestSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(sessions);
        var s = result.Settings;
        return result.Trades.Any(t => t.Pricing == BacktestTrade.ModelPriced)
            || (result.Trades.Count == 0 && sessions.Any(x => x.Date >= s.From && x.Date <= s.To && x.StoredChain is null))
            ? BacktestTrade.ModelPriced
            : StoredChain;
    }

    /// <summary>Records the run as queued and starts it in the background; returns its id.</summary>
    public async Task<Guid> StartAsync(BacktestSettings settings, double? minEvNet, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var id = Guid.CreateVersion7();
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        {
            // The files hold no option chain: every session is model-priced (the label is confirmed when the run completes).
            await BacktestStore.InsertQueuedAsync(connection, id, settings, minEvNet, BacktestTrade.ModelPriced, clock.GetUtcNow(), ct);
        }

        lock (sync)
        {
            // Each run starts when the one before it has finished (ExecuteAsync never throws).
            var job = tail.ContinueWith(_ => ExecuteAsync(id, settings), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            tail = job;
            jobs[id] = job;
            _ = job.ContinueWith(done => jobs.TryRemove(new KeyValuePair<Guid, Task>(id, done)), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }

        return id;
    }

    Task IHostedService.StartAsync(CancellationToken cancellationToken)
    {
        heartbeat = BeatAsync(lifetime.ApplicationStopping);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Waits (within the host's shutdown timeout) for the runs to record that they stopped: the application's stopping token has
    /// already cancelled them, and the database must still be there to mark them failed.
    /// </summary>
    async Task IHostedService.StopAsync(CancellationToken cancellationToken)
    {
        Task last;
        lock (sync)
        {
            last = tail;
        }

        await last.WaitAsync(cancellationToken);
        await heartbeat.WaitAsync(cancellationToken);
    }

    /// <summary>Until <paramref name="stopping"/>: this instance's runs' heartbeat, then the stale runs failed, every interval.</summary>
    private async Task BeatAsync(CancellationToken stopping)
    {
        var interval = TimeSpan.FromSeconds(options.Value.HeartbeatSeconds);
        try
        {
            using var timer = new PeriodicTimer(interval, clock);
            do
            {
                await BeatOnceAsync(interval, stopping);
            }
            while (await timer.WaitForNextTickAsync(stopping));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The host is stopping: ExecuteAsync marks this instance's runs failed itself.
        }
    }

    private async Task BeatOnceAsync(TimeSpan interval, CancellationToken stopping)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(stopping);
            var now = clock.GetUtcNow();
            // Own runs first, so that a pass never takes this instance's live runs for dead.
            await BacktestStore.HeartbeatAsync(connection, [.. jobs.Keys], now, stopping);
            var failed = await BacktestStore.FailStaleAsync(connection, now - (interval * BacktestOptions.StaleHeartbeats), now, stopping);
            if (failed > 0)
            {
                LogStale(logger, failed);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database is away (a restart) or the pass failed otherwise: the next pass tries again (a heartbeat missed meanwhile
            // is within the stale margin), rather than the loop ending and no run ever being swept again.
            LogBeatFailed(logger, ex);
        }
    }

    /// <summary>A task that completes when run <paramref name="id"/> has finished (at once when it is not running here).</summary>
    public Task CompletionOf(Guid id) => jobs.TryGetValue(id, out var job) ? job : Task.CompletedTask;

    private async Task ExecuteAsync(Guid id, BacktestSettings settings)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(stopping);
            await BacktestStore.MarkRunningAsync(connection, id, clock.GetUtcNow(), stopping);
            var sessions = history.Load(settings.Underlying);
            var result = BacktestRunner.Run(sessions, settings);
            var report = PerformanceAnalyzer.Analyze(result.Trades, result.Equity, settings.InitialCapital, settings.SharpeRiskFreeRate);
            await BacktestStore.CompleteAsync(connection, id, result, report, PricingOf(result, sessions), clock.GetUtcNow(), stopping);
            LogDone(logger, id, settings.Underlying, result.Equity.Count, result.Trades.Count);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Nothing will finish it: say so rather than leave it queued or running for ever.
            await MarkFailedAsync(id, "the service stopped before the run finished; start it again");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogFailed(logger, ex, id);
            await MarkFailedAsync(id, ex.Message);
        }
    }

    private async Task MarkFailedAsync(Guid id, string reason)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
            await BacktestStore.MarkFailedAsync(connection, id, reason, clock.GetUtcNow(), CancellationToken.None);
        }
        catch (Exception mark) when (mark is NpgsqlException or ObjectDisposedException or InvalidOperationException)
        {
            // The database is gone or the host is stopping: the run stays as it was recorded.
            LogNotMarked(logger, mark, id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backtest {Id} on {Underlying}: {Sessions} sessions, {Trades} trades (model-priced)")]
    private static partial void LogDone(ILogger logger, Guid id, string underlying, int sessions, int trades);

    [LoggerMessage(Level = LogLevel.Error, Message = "Backtest {Id} failed")]
    private static partial void LogFailed(ILogger logger, Exception ex, Guid id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} backtest runs had no heartbeat for too long (their process was killed): marked failed")]
    private static partial void LogStale(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backtest heartbeat pass failed; the next one tries again")]
    private static partial void LogBeatFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backtest {Id} could not be marked failed")]
    private static partial void LogNotMarked(ILogger logger, Exception ex, Guid id);
}
