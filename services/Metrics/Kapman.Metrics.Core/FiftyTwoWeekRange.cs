namespace Kapman.Metrics.Core;

/// <summary>
/// Distance of the close to its 52-week high and low. The window is by calendar date: the bars dated within
/// the 364 days up to and including the current bar (52 weeks, so holidays and missing sessions need no
/// special care). Distance to high = 100 × (close / highest high − 1) (≤ 0 on valid bars); distance to low =
/// 100 × (close / lowest low − 1) (≥ 0); 0 when the extreme is 0. <see cref="WindowIsFull"/> tells whether
/// the history reaches back a full 52 weeks. Warm-up: 1 bar. <see cref="IIndicator.Current"/> is the
/// distance to the high. Unit: percent.
/// </summary>
public sealed class FiftyTwoWeekRange : BarIndicator
{
    /// <summary>Calendar days covered by the window, including the current bar's day.</summary>
    public const int WindowDays = 364;

    private readonly Queue<Bar> _window = new();
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
        var stale = false;
        while (_window.Count > 0 && _window.Peek().Date < start)
        {
            var dropped = _window.Dequeue();
            stale |= dropped.High >= High || dropped.Low <= Low;
        }

        _window.Enqueue(bar);
        WindowIsFull = _first <= start;
        if (stale || _window.Count == 1)
        {
            High = double.MinValue;
            Low = double.MaxValue;
            foreach (var item in _window)
            {
                High = Math.Max(High, item.High);
                Low = Math.Min(Low, item.Low);
            }
        }
        else
        {
            High = Math.Max(High, bar.High);
            Low = Math.Min(Low, bar.Low);
        }

        DistanceToLow = 100d * Ratio.Of(bar.Close - Low, Low);
        return 100d * Ratio.Of(bar.Close - High, High);
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _window.Clear();
        _first = default;
        WindowIsFull = false;
        High = Low = DistanceToLow = 0d;
    }
}
