using BenchmarkDotNet.Running;

namespace Kapman.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project bench/Kapman.Benchmarks -- --filter '*'</c>. A named class, not
/// top-level statements, because a referenced service host already defines a global <c>Program</c>.
/// </summary>
public static class BenchmarkMain
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkMain).Assembly).Run(args);
}
