namespace Kapman.Ingestion.Core.CorporateActions;

/// <summary>
/// Flags likely splits from raw daily bars. On an ex-date the price scales by 1/factor overnight while the value
/// traded does not change, so a suspect needs both: previous close / open within <see cref="Tolerance"/> (relative)
/// of a ratio in <see cref="SplitRatios.All"/>, and dollar volume (close × volume) at most
/// <see cref="MaxDollarVolumeRatio"/> times the mean of the previous <see cref="VolumeLookback"/> sessions. A crash or a
/// squeeze of the same size comes with a burst of dollar volume and is not flagged.
/// </summary>
public static class SplitDetector
{
    /// <summary>Largest relative distance between the observed move and a split ratio (5%).</summary>
    public const double Tolerance = 0.05;

    /// <summary>Largest dollar-volume multiple of the prior mean still called ordinary.</summary>
    public const double MaxDollarVolumeRatio = 3.0;

    /// <summary>Smallest dollar-volume multiple of the prior mean still called ordinary.</summary>
    public const double MinDollarVolumeRatio = 1.0 / 3;

    /// <summary>Prior sessions averaged for the ordinary dollar volume.</summary>
    public const int VolumeLookback = 20;

    /// <summary>
    /// The split ratio the move matches, or null. <paramref name="averageDollarVolume"/> is the mean close × volume of
    /// the prior sessions (dollars); when it is not positive the volume test cannot be made and nothing is flagged.
    /// </summary>
    public static double? Classify(double previousClose, double open, double dollarVolume, double averageDollarVolume)
    {
        if (previousClose <= 0 || open <= 0 || averageDollarVolume <= 0
            || dollarVolume > MaxDollarVolumeRatio * averageDollarVolume || dollarVolume < MinDollarVolumeRatio * averageDollarVolume)
        {
            return null;
        }

        var observed = previousClose / open;
        foreach (var factor in SplitRatios.All)
        {
            if (Math.Abs((observed / factor) - 1) <= Tolerance)
            {
                return factor;
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
        var window = new Queue<double>();
        var windowSum = 0.0;
        for (var i = 1; i < history.Count; i++)
        {
            var (previous, bar) = (history[i - 1], history[i]);
            if (bar.SessionDate <= previous.SessionDate || !string.Equals(bar.Ticker, previous.Ticker, StringComparison.Ordinal))
            {
                throw new ArgumentException("Bars must be one ticker, strictly ascending by session.", nameof(history));
            }

            window.Enqueue(previous.Close * previous.Volume);
            windowSum += previous.Close * previous.Volume;
            if (window.Count > VolumeLookback)
            {
                windowSum -= window.Dequeue();
            }

            var average = windowSum / window.Count;
            var dollarVolume = bar.Close * bar.Volume;
            if (Classify(previous.Close, bar.Open, dollarVolume, average) is { } factor)
            {
                suspects.Add(new SplitSuspect(bar.Ticker, bar.SessionDate, factor, previous.Close / bar.Open, dollarVolume / average));
            }
        }

        return suspects;
    }
}
