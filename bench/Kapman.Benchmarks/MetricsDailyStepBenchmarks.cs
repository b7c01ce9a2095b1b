using BenchmarkDotNet.Attributes;
using Kapman.Metrics.Application;
using Kapman.Metrics.Data;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Benchmarks;

/// <summary>
/// The metrics daily step end to end for the flat-file universe (about 670 tickers with a bar on the last session):
/// database reads (recent bars, previous states), compute, the snapshot upsert and the state COPY, committed. Setup
/// loads all 610K bars into a throw-away database and runs the two sessions before the last (the first recomputes
/// every ticker from its history, the second continues from the saved states). Each iteration then runs the step for
/// the last session, which continues every ticker from the states of the session before and replaces its own rows.
/// Target: under 1 s.
/// </summary>
[Config(typeof(WholeStepConfig))]
public class MetricsDailyStepBenchmarks
{
    private ServiceBenchDatabase _database = null!;
    private DateOnly _last;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public int DailyStepUniverseWithDatabase() => StepAsync(_last).GetAwaiter().GetResult().Tickers;

    // The in-process toolchain does not await an asynchronous [GlobalSetup] (BenchmarkDotNet issue #1738), so the
    // setup, cleanup and benchmark methods block on the asynchronous work themselves.
    private async Task SetupAsync()
    {
        var bars = MetricsBenchData.Universe();
        var sessions = bars.Values.SelectMany(b => b).Select(b => b.Date).Distinct().Order().ToArray();
        _last = sessions[^1];
        _database = await ServiceBenchDatabase.CreateAsync(new ServiceSchema("metrics", typeof(IndicatorStore).Assembly), bars);
        await StepAsync(sessions[^3]);
        await StepAsync(sessions[^2]);
        var outcome = await StepAsync(_last);
        if (outcome.Continued != outcome.Tickers || outcome.Tickers < 600)
        {
            throw new InvalidOperationException($"The warm step should continue every ticker: {outcome}");
        }

        Console.WriteLine($"// Metrics daily step {_last:yyyy-MM-dd}: {outcome}");
    }

    private async Task<DailyStepOutcome> StepAsync(DateOnly session)
    {
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(_database.DataSource, signal).BeginAsync(CancellationToken.None);
        var outcome = await DailyIndicatorStep.RunAsync(tx, _database.DataSource, session, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        return outcome;
    }
}
