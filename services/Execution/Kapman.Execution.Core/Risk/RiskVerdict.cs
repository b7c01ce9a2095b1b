namespace Kapman.Execution.Core.Risk;

/// <summary>Whether a new trade may enter, with every comparison made (docs/domain/risk-book.md#caps-and-triggers).</summary>
/// <param name="Allowed">False when a cap is breached.</param>
/// <param name="Comparisons">Each configured cap with the values compared.</param>
public sealed record RiskVerdict(bool Allowed, IReadOnlyList<RiskComparison> Comparisons)
{
    /// <summary>The breached caps, one line each, joined by <c>; </c>; empty when allowed.</summary>
    public string Reason => string.Join("; ", Comparisons.Where(c => c.Breached).Select(c => c.Describe("cap")));
}
