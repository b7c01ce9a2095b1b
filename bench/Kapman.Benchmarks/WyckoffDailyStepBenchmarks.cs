using BenchmarkDotNet.Attributes;
using Dapper;
using Kapman.Contracts;
using Kapman.MarketData.Postgres;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Application;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;

namespace Kapman.Benchmarks;

/// <summary>
/// The Wyckoff daily run end to end for the flat-file universe, one session (issue 5, target under 1 s): what the
/// <c>MarketSessionIngested</c> consumer does (<see cref="WyckoffDailyStep"/>) for the last session, 2026-08-14 — read the
/// 200-calendar-day histories of every ticker with a bar that session (about 670) from <c>market.daily_bars</c>, analyse
/// each against SPY, upsert one snapshot each, write the alert and session events to the outbox — committed. Setup loads
/// the bars Ingestion would store (every flat file through its validator) into a throw-away database and runs the step
/// once; each iteration then reruns it (the upsert replaces the same rows, as a rerun of the session does).
/// </summary>
[Config(typeof(WholeStepConfig))]
public class WyckoffDailyStepBenchmarks
{
    private ServiceBenchDatabase _database = null!;
    private MarketBarReader _bars = null!;
    private MarketSessionIngested _message = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public int DailyStepUniverseWithDatabase() => StepAsync().GetAwaiter().GetResult().Tickers;

    // The in-process toolchain does not await asynchronous setup or benchmark methods: the public ones block.
    private async Task SetupAsync()
    {
        var stored = WyckoffBenchData.Stored();
        var expected = WyckoffBenchData.LastSession(stored, out var session).Count;
        _database = await ServiceBenchDatabase.CreateAsync(new ServiceSchema("wyckoff", typeof(SnapshotStore).Assembly), stored);
        _bars = new MarketBarReader(_database.DataSource);
        _message = new MarketSessionIngested(Guid.NewGuid(), session, expected, expected, 0, "bench:flat-files");
        var (tickers, alerts) = await StepAsync();
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        var snapshots = await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM snapshot_versions WHERE session_date = @session AND model_version = @version",
            new { session, version = WyckoffParameters.Default.ModelVersion });
        if (tickers != expected || snapshots != expected || expected < 600)
        {
            throw new InvalidOperationException($"The step should store one snapshot per ticker of {session:yyyy-MM-dd}: {expected} expected, {tickers} analysed, {snapshots} stored.");
        }

        Console.WriteLine($"// Wyckoff daily step {session:yyyy-MM-dd}: {tickers} tickers, {alerts} alerts");
    }

    private async Task<(int Tickers, int Alerts)> StepAsync()
    {
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(_database.DataSource, signal).BeginAsync(CancellationToken.None);
        var outcome = await WyckoffDailyStep.RunAsync(tx, _bars, WyckoffParameters.Default, _message, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        return outcome;
    }
}
