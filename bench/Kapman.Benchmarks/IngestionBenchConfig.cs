using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Kapman.Benchmarks;

/// <summary>
/// In-process runs (the ingestion host pulls in the ASP.NET Core framework, which BenchmarkDotNet's generated project
/// would not reference), one invocation per iteration since every iteration needs an empty target table.
/// </summary>
public sealed class IngestionBenchConfig : ManualConfig
{
    /// <summary>20 measured iterations after 3 warm-ups.</summary>
    public IngestionBenchConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(20)
            .WithInvocationCount(1).WithUnrollFactor(1));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
