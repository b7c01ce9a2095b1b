using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Kapman.Benchmarks;

/// <summary>
/// In-process runs (the service hosts need the ASP.NET Core framework, which BenchmarkDotNet's generated project would
/// not reference), one invocation per iteration: each iteration is one whole step of a tenth of a second or more (a
/// daily step in its own transaction, a whole session's analysis, a whole event study).
/// </summary>
public sealed class WholeStepConfig : ManualConfig
{
    /// <summary>15 measured iterations after 3 warm-ups, with allocations.</summary>
    public WholeStepConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15)
            .WithInvocationCount(1).WithUnrollFactor(1));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
