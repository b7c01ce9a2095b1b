namespace Kapman.Execution.Core.Fills;

/// <summary>Paper-versus-live fill quality over a set of orders (docs/domain/execution.md#shadow-mode, seed 003 §9 "compare paper vs live fills for model validation").</summary>
/// <param name="Orders">Orders compared.</param>
/// <param name="MeanErrorPerShare">Mean model error, dollars per share (positive: the model is optimistic).</param>
/// <param name="WorstErrorPerShare">Largest optimistic error, dollars per share (0 when the model was never optimistic).</param>
/// <param name="TotalErrorDollars">Σ error × quantity × 100: the P&amp;L the paper book overstates.</param>
public sealed record ShadowComparison(int Orders, decimal MeanErrorPerShare, decimal WorstErrorPerShare, decimal TotalErrorDollars);
