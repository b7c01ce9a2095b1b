namespace Kapman.Ingestion.Core.CorporateActions;

/// <summary>A session whose overnight move looks like a split.</summary>
/// <param name="Ticker">The ticker.</param>
/// <param name="ExDate">The first session traded on the new share basis.</param>
/// <param name="Factor">New shares per old share (7 for a 7:1 split, 0.1 for a 1:10 reverse split).</param>
/// <param name="ObservedRatio">Previous close / open, the move that matched <paramref name="Factor"/>.</param>
/// <param name="DollarVolumeRatio">The session's dollar volume over the median of the prior sessions' (1 = ordinary).</param>
public sealed record SplitSuspect(string Ticker, DateOnly ExDate, double Factor, double ObservedRatio, double DollarVolumeRatio)
{
    /// <summary>The ratio as text, e.g. <c>7:1</c>.</summary>
    public string Ratio => SplitRatios.Describe(Factor);
}
