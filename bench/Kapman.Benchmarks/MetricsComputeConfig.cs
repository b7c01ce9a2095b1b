using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Kapman.Benchmarks;

/// <summary>
/// In-process runs for the pure-computation metrics benchmarks: the generated out-of-process project (it references
/// the service hosts of this project) takes minutes to build on the shared machine. The benchmarks run on the calling
/// thread, so each is measured on one core.
/// </summary>
public sealed class MetricsComputeConfig : ManualConfig
{
    /// <summary>10 measured iterations after 2 warm-ups.</summary>
    public MetricsComputeConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(10));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
