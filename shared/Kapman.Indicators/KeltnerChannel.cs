using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Keltner channel (no TA-Lib function; StockCharts "Keltner Channels", defaults EMA 20, ATR 10, multiplier 2):
/// middle = EMA(period) of the close (<see cref="ExponentialMovingAverage"/>); upper/lower = middle ±
/// multiplier × ATR(atrPeriod) (<see cref="AverageTrueRange"/>). Warm-up: max(period, atrPeriod + 1) bars.
/// <see cref="IIndicator.Current"/> is the middle. Unit: price.
/// </summary>
public sealed class KeltnerChannel : BarIndicator
{
    private readonly double _multiplier;
    private readonly ExponentialMovingAverage _ema;
    private readonly AverageTrueRange _atr;

    /// <summary>Creates the channel.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1 or the multiplier is negative.</exception>
    public KeltnerChannel(int period = 20, int atrPeriod = 10, double multiplier = 2d)
        : base(FormattableString.Invariant($"KELTNER({period},{atrPeriod},{multiplier})"), Math.Max(Periods.Checked(period), Periods.Checked(atrPeriod) + 1))
    {
        ArgumentOutOfRangeException.ThrowIfNegative(multiplier);
        _multiplier = multiplier;
        _ema = new ExponentialMovingAverage(period);
        _atr = new AverageTrueRange(atrPeriod);
    }

    /// <summary>Upper band; 0 while not ready.</summary>
    public double Upper { get; private set; }

    /// <summary>Lower band; 0 while not ready.</summary>
    public double Lower { get; private set; }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        var ready = _ema.Update(bar) & _atr.Update(bar);
        if (!ready)
        {
            return 0d;
        }

        Upper = _ema.Current + (_multiplier * _atr.Current);
        Lower = _ema.Current - (_multiplier * _atr.Current);
        return _ema.Current;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _ema.Reset();
        _atr.Reset();
        Upper = Lower = 0d;
    }
}
