using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Kapman.Benchmarks;

/// <summary>
/// In-process runs for the options maths benchmarks: the generated out-of-process project references the service
/// hosts of this project and takes minutes to build on the shared machine. The benchmarks run on the calling thread
/// (the options core is single-threaded), so each figure is measured on one core.
/// </summary>
public sealed class OptionsBenchConfig : ManualConfig
{
    /// <summary>15 measured iterations after 3 warm-ups, with allocations reported.</summary>
    public OptionsBenchConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
