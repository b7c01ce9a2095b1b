using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Kapman.Benchmarks;

/// <summary>
/// The full backfill takes a few seconds: in process (the service's code, as it runs in the host), two warm-up runs
/// (tiered JIT settles; the first run of a process also creates the month partitions), five measured runs.
/// </summary>
public sealed class IngestionBackfillConfig : ManualConfig
{
    /// <summary>Five single-invocation iterations after two warm-up ones.</summary>
    public IngestionBackfillConfig()
    {
        AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5)
            .WithInvocationCount(1).WithUnrollFactor(1));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
