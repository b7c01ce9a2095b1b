using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Aroon up/down and oscillator (TA-Lib <c>AROON</c>/<c>AROONOSC</c>, default 14; Chande 1995). Over the
/// last period + 1 bars: up = 100 × (period − bars since the highest high) / period, down likewise with the
/// lowest low (ties: the most recent bar, as TA-Lib); oscillator = up − down. Warm-up: period + 1 bars.
/// <see cref="IIndicator.Current"/> is the oscillator. Unit: 0..100 (oscillator −100..100).
/// </summary>
public sealed class Aroon : BarIndicator
{
    private readonly int _period;
    private readonly RollingWindow _highs;
    private readonly RollingWindow _lows;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public Aroon(int period = 14)
        : base($"AROON({period})", Periods.Checked(period) + 1)
    {
        _period = period;
        _highs = new RollingWindow(period + 1);
        _lows = new RollingWindow(period + 1);
    }

    /// <summary>Aroon up (0..100); 0 while not ready.</summary>
    public double Up { get; private set; }

    /// <summary>Aroon down (0..100); 0 while not ready.</summary>
    public double Down { get; private set; }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _highs.Add(bar.High);
        _lows.Add(bar.Low);
        if (!_highs.IsFull)
        {
            return 0d;
        }

        int highAge = 0, lowAge = 0;
        for (var age = 1; age <= _period; age++)
        {
            highAge = _highs.Ago(age) > _highs.Ago(highAge) ? age : highAge;
            lowAge = _lows.Ago(age) < _lows.Ago(lowAge) ? age : lowAge;
        }

        Up = 100d * (_period - highAge) / _period;
        Down = 100d * (_period - lowAge) / _period;
        return Up - Down;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _highs.Clear();
        _lows.Clear();
        Up = Down = 0d;
    }
}
