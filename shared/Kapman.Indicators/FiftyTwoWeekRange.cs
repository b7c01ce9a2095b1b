using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Distance of the close to its 52-week high and low. The window is by calendar date: the bars dated within
/// the 364 days up to and including the current bar (52 weeks, so holidays and missing sessions need no
/// special care). Distance to high = 100 × (close / highest high − 1) (≤ 0 on valid bars); distance to low =
/// 100 × (close / lowest low − 1) (≥ 0); 0 when the extreme is 0. <see cref="WindowIsFull"/> tells whether
/// the history reaches back a full 52 weeks. Warm-up: 1 bar. <see cref="IIndicator.Current"/> is the
/// distance to the high. Unit: percent.
/// The extremes are kept with monotonic queues (the sliding-window maximum): only the bars that can still become
/// the window's highest high (or lowest low) are held, on average about 18 of the ~250 per queue, which keeps the
/// saved state small. The extremes are exact: the same values as scanning every bar of the window.
/// </summary>
public sealed class FiftyTwoWeekRange : BarIndicator
{
    /// <summary>Calendar days covered by the window, including the current bar's day.</summary>
    public const int WindowDays = 364;

    // Oldest first; highs strictly decreasing, lows strictly increasing. The front is the window's extreme.
    private readonly List<Bar> _highCandidates = [];
    private readonly List<Bar> _lowCandidates = [];
    private DateOnly _first;

    /// <summary>Creates the indicator.</summary>
    public FiftyTwoWeekRange()
        : base("RANGE52W", 1)
    {
    }

    /// <summary>Distance to the 52-week low in percent; 0 while not ready.</summary>
    public double DistanceToLow { get; private set; }

    /// <summary>True once the bars fed span at least 52 weeks.</summary>
    public bool WindowIsFull { get; private set; }

    /// <summary>Highest high within the window; 0 while not ready.</summary>
    public double High { get; private set; }

    /// <summary>Lowest low within the window; 0 while not ready.</summary>
    public double Low { get; private set; }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (Samples == 1)
        {
            _first = bar.Date;
        }

        var start = bar.Date.AddDays(1 - WindowDays);
        Push(_highCandidates, bar, start, static (held, next) => held.High <= next.High);
        Push(_lowCandidates, bar, start, static (held, next) => held.Low >= next.Low);
        WindowIsFull = _first <= start;
        High = _highCandidates[0].High;
        Low = _lowCandidates[0].Low;
        DistanceToLow = 100d * Ratio.Of(bar.Close - Low, Low);
        return 100d * Ratio.Of(bar.Close - High, High);
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _highCandidates.Clear();
        _lowCandidates.Clear();
        _first = default;
        WindowIsFull = false;
        High = Low = DistanceToLow = 0d;
    }

    /// <summary>
    /// Drops the candidates dated before <paramref name="start"/> and those <paramref name="bar"/> supersedes (newer
    /// and at least as extreme, so they can never be the extreme again), then appends <paramref name="bar"/>.
    /// </summary>
    private static void Push(List<Bar> candidates, Bar bar, DateOnly start, Func<Bar, Bar, bool> superseded)
    {
        var expired = 0;
        while (expired < candidates.Count && candidates[expired].Date < start)
        {
            expired++;
        }

        candidates.RemoveRange(0, expired);
        var kept = candidates.Count;
        while (kept > 0 && superseded(candidates[kept - 1], bar))
        {
            kept--;
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
        candidates.Add(bar);
    }
}
