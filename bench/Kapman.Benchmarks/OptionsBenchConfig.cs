using BenchmarkDotNet.Columns;
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
    /// <summary>
    /// 15 measured iterations after 3 warm-ups, with allocations reported. Min and median are shown next to the mean:
    /// on a shared machine the mean absorbs time-slicing by other processes, the minimum is the closest to an idle core.
    /// </summary>
    public OptionsBenchConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15));
        AddColumn(StatisticColumn.Min, StatisticColumn.Median);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
