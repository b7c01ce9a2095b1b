namespace Kapman.Benchmarks;

/// <summary>
/// The full backfill, a few seconds a run: 5 iterations after 2 warm-ups (tiered JIT settles; the first run of a process
/// also creates the month partitions).
/// </summary>
public sealed class IngestionBackfillConfig() : InProcessStepConfig(warmups: 2, iterations: 5);
