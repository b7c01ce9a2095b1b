namespace Kapman.Execution.Core.Brokers;

/// <summary>The outcome of a close pre-check (docs/domain/execution.md#close-pre-check, seed 003 §2.6 <c>precheck_close</c>, §11 mitigation 7).</summary>
/// <param name="TradeGroupId">The Kapman position group the close is for.</param>
/// <param name="Problems">What does not match; empty when the close may be sent.</param>
/// <param name="Preview">The broker's preview of the close order, or null when the positions already failed the check.</param>
public sealed record ClosePrecheckResult(string TradeGroupId, IReadOnlyList<string> Problems, OrderPreview? Preview)
{
    /// <summary>True when nothing failed: the broker holds every leg in the right direction and size, and would accept the close.</summary>
    public bool Passed => Problems.Count == 0;
}
