namespace Kapman.Execution.Core.Fills;

/// <summary>
/// Summarises shadow pairs (docs/domain/execution.md#shadow-mode, seed 003 §9 task 10.2.2 <c>compare_performance</c>): a model whose mean error stays
/// positive fills paper orders better than the market does and its slippage ticks should rise.
/// </summary>
public static class ShadowComparer
{
    /// <summary>Compares every pair; an empty set gives zeros.</summary>
    public static ShadowComparison Compare(IReadOnlyCollection<ShadowFillPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (pairs.Count == 0)
        {
            return new ShadowComparison(0, 0m, 0m, 0m);
        }

        var mean = pairs.Sum(p => p.ModelErrorPerShare) / pairs.Count;
        var worst = Math.Max(0m, pairs.Max(p => p.ModelErrorPerShare));
        return new ShadowComparison(pairs.Count, mean, worst, pairs.Sum(p => p.ModelErrorDollars));
    }
}
