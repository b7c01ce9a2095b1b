using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Detrended price oscillator (no TA-Lib function; StockCharts "DPO", default 20): DPO = close
/// (period / 2 + 1) bars ago − SMA(period) of the close (the non-centred, real-time form). Warm-up:
/// <c>period</c> bars. Unit: price.
/// </summary>
public sealed class DetrendedPriceOscillator : BarIndicator
{
    private readonly int _shift;
    private readonly RollingWindow _closes;

    /// <summary>Creates the oscillator.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 3.</exception>
    public DetrendedPriceOscillator(int period = 20)
        : base($"DPO({period})", Periods.Checked(period, 3))
    {
        _shift = (period / 2) + 1;
        _closes = new RollingWindow(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _closes.Add(bar.Close);
        return _closes.IsFull ? _closes.Ago(_shift) - _closes.Mean() : 0d;
    }

    /// <inheritdoc />
    protected override void ResetState() => _closes.Clear();
}
