namespace Kapman.Benchmarks;

/// <summary>The ten-year backtest: in process, one whole run per iteration, 1 warm-up and 5 measured runs.</summary>
public sealed class BacktestBenchConfig() : InProcessStepConfig(warmups: 1, iterations: 5);
