namespace Kapman.Wyckoff.Core;

/// <summary>Wyckoff's nine buying tests and the mirrored nine selling tests, from <see cref="ChecklistEvaluator"/>.</summary>
/// <param name="Buying">Steps 1-9 of the buying tests (accumulation).</param>
/// <param name="Selling">Steps 1-9 of the selling tests (distribution).</param>
public sealed record Checklist(IReadOnlyList<ChecklistItem> Buying, IReadOnlyList<ChecklistItem> Selling)
{
    /// <summary>Buying tests passed, 0-9.</summary>
    public int BuyingPassed => Buying.Count(i => i.Passed);

    /// <summary>Selling tests passed, 0-9.</summary>
    public int SellingPassed => Selling.Count(i => i.Passed);
}
