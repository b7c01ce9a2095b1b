using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Kapman.Benchmarks;

/// <summary>
/// In-process runs (the service hosts need the ASP.NET Core framework, which BenchmarkDotNet's generated project would
/// not reference), one invocation per iteration: each iteration is one whole step (a load, a daily step in its own
/// transaction, a whole analysis) that needs its own setup. Allocations are reported.
/// </summary>
public abstract class InProcessStepConfig : ManualConfig
{
    /// <summary>One job of <paramref name="iterations"/> measured iterations after <paramref name="warmups"/> warm-ups.</summary>
    protected InProcessStepConfig(int warmups, int iterations)
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(warmups).WithIterationCount(iterations)
            .WithInvocationCount(1).WithUnrollFactor(1));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
