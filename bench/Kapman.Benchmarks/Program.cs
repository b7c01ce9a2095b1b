using BenchmarkDotNet.Running;

namespace Kapman.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project bench/Kapman.Benchmarks -- --filter '*'</c> for the BenchmarkDotNet
/// suites, <c>-- gateway-hop</c> for the gateway's added latency at a fixed request rate (<see cref="GatewayHopBench"/>), or
/// <c>-- execution-approvals</c> for approval to first order at the paper broker through the bus (<see cref="ExecutionApprovalBench"/>), or
/// <c>-- history</c> for history on demand over 300 sessions of the flat-file universe (<see cref="HistoryComputeBench"/>), or
/// <c>-- growth</c> for the backfill at 680, 3,000 and 12,000 tickers against psql \copy (<see cref="Growth.GrowthBench"/>).
/// A named class, not top-level statements, because a referenced service host already defines a global <c>Program</c>.
/// </summary>
public static class BenchmarkMain
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["gateway-hop", .. var options])
        {
            return await GatewayHopBench.RunAsync(options);
        }

        if (args is ["execution-approvals", .. var executionOptions])
        {
            return await ExecutionApprovalBench.RunAsync(executionOptions);
        }

        if (args is ["growth", .. var growthOptions])
        {
            return await Growth.GrowthBench.RunAsync(growthOptions);
        }

        if (args is ["history", .. var historyOptions])
        {
            return await HistoryComputeBench.RunAsync(historyOptions);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkMain).Assembly).Run(args);
        return 0;
    }
}
