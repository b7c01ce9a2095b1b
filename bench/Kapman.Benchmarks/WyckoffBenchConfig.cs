using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Kapman.Benchmarks;

/// <summary>
/// The Wyckoff benchmarks' job: in-process runs (the Wyckoff host needs the ASP.NET Core framework, which
/// BenchmarkDotNet's generated project would not reference), one invocation per iteration (every operation takes
/// from a tenth of a second to seconds: one whole session, one whole event study, or one daily step in its own transaction).
/// </summary>
public sealed class WyckoffBenchConfig : ManualConfig
{
    /// <summary>15 measured iterations after 3 warm-ups, with allocations.</summary>
    public WyckoffBenchConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15)
            .WithInvocationCount(1).WithUnrollFactor(1));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
