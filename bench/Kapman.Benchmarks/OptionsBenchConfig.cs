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
    /// 15 measured iterations after 3 warm-ups, with allocations reported, timed twice: by wall clock and by the thread's
    /// CPU time (<see cref="ThreadCpuClock"/>, which leaves out the time other processes held the core). Min and median are
    /// shown next to the mean: on a shared machine time-slicing by other processes inflates the mean.
    /// </summary>
    public OptionsBenchConfig()
    {
        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15);
        AddJob(job.WithId("wall-clock"));
        AddJob(job.WithClock(ThreadCpuClock.Instance).WithId("thread-cpu-time"));
        AddColumn(StatisticColumn.Min, StatisticColumn.Median);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
