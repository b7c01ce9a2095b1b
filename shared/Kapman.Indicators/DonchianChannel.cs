using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Donchian channel (no TA-Lib function; Donchian, StockCharts "Price Channels", default 20): upper = highest
/// high, lower = lowest low of the last <c>period</c> bars (current bar included), middle = their mean.
/// Warm-up: <c>period</c> bars. <see cref="IIndicator.Current"/> is the middle. Unit: price.
/// </summary>
public sealed class DonchianChannel : BarIndicator
{
    private readonly RollingWindow _highs;
    private readonly RollingWindow _lows;

    /// <summary>Creates the channel.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public DonchianChannel(int period = 20)
        : base($"DONCHIAN({period})", Periods.Checked(period))
    {
        _highs = new RollingWindow(period);
        _lows = new RollingWindow(period);
    }

    /// <summary>Upper band; 0 while not ready.</summary>
    public double Upper { get; private set; }

    /// <summary>Lower band; 0 while not ready.</summary>
    public double Lower { get; private set; }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _highs.Add(bar.High);
        _lows.Add(bar.Low);
        if (!_highs.IsFull)
        {
            return 0d;
        }

        Upper = _highs.Max();
        Lower = _lows.Min();
        return (Upper + Lower) / 2d;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _highs.Clear();
        _lows.Clear();
        Upper = Lower = 0d;
    }
}
