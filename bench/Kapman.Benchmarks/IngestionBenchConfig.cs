namespace Kapman.Benchmarks;

/// <summary>One session's load (every iteration needs an empty target table): 20 iterations after 3 warm-ups.</summary>
public sealed class IngestionBenchConfig() : InProcessStepConfig(warmups: 3, iterations: 20);
