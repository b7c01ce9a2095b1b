namespace Kapman.Ingestion.Core.CorporateActions;

/// <summary>
/// Flags likely splits from raw daily bars. On an ex-date the price scales by 1/factor overnight and stays there, while
/// the value traded does not change. A suspect needs all of:
/// <list type="number">
/// <item>previous close / open within <see cref="Tolerance"/> (relative) of a ratio in <see cref="SplitRatios.All"/>;</item>
/// <item>previous close / close within <see cref="CloseTolerance"/> of the same ratio (the session settles on the new
/// basis; a stale or erroneous opening print that the session's close undoes is not a split);</item>
/// <item>ordinary volume: dollar volume within [<see cref="MinDollarVolumeRatio"/>, <see cref="MaxDollarVolumeRatio"/>]
/// times the median of the prior <see cref="VolumeLookback"/> sessions (a crash or squeeze of the same size comes with a
/// burst; the median, unlike the mean, is not inflated by an earlier burst);</item>
/// <item>a traded stock: median share volume at least <see cref="MinMedianShareVolume"/>, median dollar volume at least
/// <see cref="MinMedianDollarVolume"/>, and the higher of previous close and open at least <see cref="MinPrice"/>
/// (sub-dollar OTC remnants and quotes of a few shares a day move by split-like ratios all the time).</item>
/// </list>
/// </summary>
public static class SplitDetector
{
    /// <summary>Largest relative distance between previous close / open and a split ratio (5%).</summary>
    public const double Tolerance = 0.05;

    /// <summary>Largest relative distance between previous close / close and the same ratio (15%: a split day may still move 10% or more).</summary>
    public const double CloseTolerance = 0.15;

    /// <summary>Largest dollar-volume multiple of the prior median still called ordinary.</summary>
    public const double MaxDollarVolumeRatio = 3.0;

    /// <summary>Smallest dollar-volume multiple of the prior median still called ordinary.</summary>
    public const double MinDollarVolumeRatio = 1.0 / 3;

    /// <summary>Prior sessions whose medians stand for the ordinary volume.</summary>
    public const int VolumeLookback = 20;

    /// <summary>Smallest median share volume of a ticker whose moves are judged (shares a session).</summary>
    public const double MinMedianShareVolume = 10_000;

    /// <summary>Smallest median dollar volume of a ticker whose moves are judged (dollars a session).</summary>
    public const double MinMedianDollarVolume = 100_000;

    /// <summary>Smallest price, on the pre- or post-split basis, of a ticker whose moves are judged (dollars).</summary>
    public const double MinPrice = 1.0;

    /// <summary>The split ratio (new shares per old share) the move matches, or null when any condition above fails.</summary>
    public static double? Classify(SplitEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.PreviousClose <= 0 || e.Open <= 0 || e.Close <= 0 || Math.Max(e.PreviousClose, e.Open) < MinPrice
            || e.MedianShareVolume < MinMedianShareVolume || e.MedianDollarVolume < MinMedianDollarVolume
            || e.DollarVolume > MaxDollarVolumeRatio * e.MedianDollarVolume || e.DollarVolume < MinDollarVolumeRatio * e.MedianDollarVolume)
        {
            return null;
        }

        var atOpen = e.PreviousClose / e.Open;
        var atClose = e.PreviousClose / e.Close;
        foreach (var factor in SplitRatios.All)
        {
            if (Math.Abs((atOpen / factor) - 1) <= Tolerance)
            {
                return Math.Abs((atClose / factor) - 1) <= CloseTolerance ? factor : null;
            }
        }

        return null;
    }

    /// <summary>Every suspect in one ticker's history (bars ascending by session, one ticker).</summary>
    /// <exception cref="ArgumentException">The bars are not ascending or mix tickers.</exception>
    public static IReadOnlyList<SplitSuspect> Detect(IReadOnlyList<DailyBar> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var suspects = new List<SplitSuspect>();
        for (var i = 1; i < history.Count; i++)
        {
            var (previous, bar) = (history[i - 1], history[i]);
            if (bar.SessionDate <= previous.SessionDate || !string.Equals(bar.Ticker, previous.Ticker, StringComparison.Ordinal))
            {
                throw new ArgumentException("Bars must be one ticker, strictly ascending by session.", nameof(history));
            }

            var first = Math.Max(0, i - VolumeLookback);
            var prior = new List<DailyBar>(i - first);
            for (var j = first; j < i; j++)
            {
                prior.Add(history[j]);
            }

            var evidence = new SplitEvidence(previous.Close, bar.Open, bar.Close, bar.Close * bar.Volume,
                Median(prior.Select(b => b.Close * b.Volume)), Median(prior.Select(b => (double)b.Volume)));
            if (Classify(evidence) is { } factor)
            {
                suspects.Add(new SplitSuspect(bar.Ticker, bar.SessionDate, factor, previous.Close / bar.Open, evidence.DollarVolume / evidence.MedianDollarVolume));
            }
        }

        return suspects;
    }

    /// <summary>The median (mean of the two middle values for an even count; 0 for none), as PostgreSQL's <c>percentile_cont(0.5)</c>.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return 0;
        }

        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
