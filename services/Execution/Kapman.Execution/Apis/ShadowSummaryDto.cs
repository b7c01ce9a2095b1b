namespace Kapman.Execution.Apis;

/// <summary>
/// The comparison of <c>GET /shadow-report</c> (Execution.Core <c>ShadowComparer</c>): orders compared, mean and worst (largest optimistic,
/// 0 when never optimistic) error in $ per share, total error in dollars. Simulated.
/// </summary>
public sealed record ShadowSummaryDto(int Orders, decimal MeanErrorPerShare, decimal WorstErrorPerShare, decimal TotalErrorDollars, bool Simulated);
