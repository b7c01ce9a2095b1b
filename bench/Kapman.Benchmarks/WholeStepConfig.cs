namespace Kapman.Benchmarks;

/// <summary>Steps of a tenth of a second or more (a daily step, a whole session's analysis, a whole event study): 15 iterations after 3 warm-ups.</summary>
public sealed class WholeStepConfig() : InProcessStepConfig(warmups: 3, iterations: 15);
