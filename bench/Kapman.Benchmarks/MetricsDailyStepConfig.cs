using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Kapman.Benchmarks;

/// <summary>
/// In-process runs (the Metrics host needs the ASP.NET Core framework, which BenchmarkDotNet's generated project would
/// not reference), one invocation per iteration: each iteration is one whole daily step in its own transaction.
/// </summary>
public sealed class MetricsDailyStepConfig : ManualConfig
{
    /// <summary>15 measured iterations after 3 warm-ups.</summary>
    public MetricsDailyStepConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15)
            .WithInvocationCount(1).WithUnrollFactor(1));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
