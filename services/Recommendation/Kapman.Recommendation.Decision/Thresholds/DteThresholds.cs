namespace Kapman.Recommendation.Decision.Thresholds;

/// <summary>
/// Stage D's DTE window and its regime-aware adjustment (docs/domain/decision-engine.md#d-eligibility, seed 003 §2.5 stage D and
/// §8.3 <c>optimal_dte</c>): VIX &gt; <paramref name="HighVix"/> → (max(14, min − 10), max(30, max − 15)); VIX &lt;
/// <paramref name="LowVix"/> → (min, min(90, max + 15)); otherwise (min, max). Calendar days.
/// </summary>
/// <param name="MinDte">Base minimum DTE (30; the project's, the seed gives none).</param>
/// <param name="MaxDte">Base maximum DTE (60).</param>
/// <param name="HighVix">VIX above which shorter DTE is preferred (25, seed §8.3).</param>
/// <param name="LowVix">VIX below which longer DTE is preferred (15, seed §8.3).</param>
public sealed record DteThresholds(int MinDte = 30, int MaxDte = 60, double HighVix = 25, double LowVix = 15)
{
    /// <summary>The (min, max) window for <paramref name="vix"/>; the base window when VIX is missing.</summary>
    public (int Min, int Max) WindowFor(double? vix) => vix switch
    {
        > 0 and var v when v > HighVix => (Math.Max(14, MinDte - 10), Math.Max(30, MaxDte - 15)),
        > 0 and var v when v < LowVix => (MinDte, Math.Min(90, MaxDte + 15)),
        _ => (MinDte, MaxDte),
    };
}
