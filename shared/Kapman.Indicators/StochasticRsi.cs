using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Stochastic RSI (TA-Lib <c>STOCHRSI</c>, defaults 14, 5, 3 with SMA %D; Chande and Kroll 1994).
/// Fast %K = 100 × (RSI − min RSI) / (max RSI − min RSI) over the last <c>fastK</c> RSI values (0 when the
/// range is 0, as TA-Lib); fast %D = SMA(<c>fastD</c>) of fast %K. RSI is Wilder's
/// (<see cref="RelativeStrengthIndex"/>). Warm-up: period + fastK + fastD − 1 bars (21 by default), when
/// both lines are valid. <see cref="IIndicator.Current"/> is fast %K. Unit: 0..100.
/// </summary>
public sealed class StochasticRsi : BarIndicator
{
    private readonly RelativeStrengthIndex _rsi;
    private readonly RollingWindow _rsiValues;
    private readonly RollingWindow _fastK;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1.</exception>
    public StochasticRsi(int period = 14, int fastKPeriod = 5, int fastDPeriod = 3)
        : base($"STOCHRSI({period},{fastKPeriod},{fastDPeriod})", Periods.Checked(period) + Periods.Checked(fastKPeriod) + Periods.Checked(fastDPeriod) - 1)
    {
        _rsi = new RelativeStrengthIndex(period);
        _rsiValues = new RollingWindow(fastKPeriod);
        _fastK = new RollingWindow(fastDPeriod);
    }

    /// <summary>Fast %K (0..100); 0 while not ready.</summary>
    public double FastK => Current;

    /// <summary>Fast %D (0..100); 0 while not ready.</summary>
    public double FastD { get; private set; }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (!_rsi.Update(bar))
        {
            return 0d;
        }

        _rsiValues.Add(_rsi.Current);
        if (!_rsiValues.IsFull)
        {
            return 0d;
        }

        var lowest = _rsiValues.Min();
        var fastK = 100d * Ratio.Of(_rsi.Current - lowest, _rsiValues.Max() - lowest);
        _fastK.Add(fastK);
        FastD = _fastK.IsFull ? _fastK.Mean() : 0d;
        return fastK;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _rsi.Reset();
        _rsiValues.Clear();
        _fastK.Clear();
        FastD = 0d;
    }
}
