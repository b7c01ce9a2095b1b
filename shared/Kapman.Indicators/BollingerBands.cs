using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Bollinger bands (TA-Lib <c>BBANDS</c>, defaults 20, 2, 2 with an SMA middle; Bollinger 1983): middle =
/// SMA(period) of the close; upper/lower = middle ± k × σ, σ the POPULATION standard deviation of the same
/// closes (TA-Lib). %B = (close − lower) / (upper − lower) (0.5 when the bands meet); width = 100 ×
/// (upper − lower) / middle (0 when middle is 0), in percent as StockCharts' BandWidth.
/// Warm-up: <c>period</c> bars. <see cref="IIndicator.Current"/> is the middle band. Unit: price.
/// </summary>
public sealed class BollingerBands : BarIndicator
{
    private readonly double _upperDeviations;
    private readonly double _lowerDeviations;
    private readonly RollingWindow _closes;

    /// <summary>Creates the bands.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2 or a multiplier is negative.</exception>
    public BollingerBands(int period = 20, double upperDeviations = 2d, double lowerDeviations = 2d)
        : base(FormattableString.Invariant($"BBANDS({period},{upperDeviations},{lowerDeviations})"), Periods.Checked(period, 2))
    {
        ArgumentOutOfRangeException.ThrowIfNegative(upperDeviations);
        ArgumentOutOfRangeException.ThrowIfNegative(lowerDeviations);
        _upperDeviations = upperDeviations;
        _lowerDeviations = lowerDeviations;
        _closes = new RollingWindow(period);
    }

    /// <summary>Middle band (SMA); 0 while not ready.</summary>
    public double Middle => Current;

    /// <summary>Upper band; 0 while not ready.</summary>
    public double Upper { get; private set; }

    /// <summary>Lower band; 0 while not ready.</summary>
    public double Lower { get; private set; }

    /// <summary>%B, 0 at the lower band and 1 at the upper; 0 while not ready.</summary>
    public double PercentB { get; private set; }

    /// <summary>Band width in percent of the middle band; 0 while not ready.</summary>
    public double Width { get; private set; }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _closes.Add(bar.Close);
        if (!_closes.IsFull)
        {
            return 0d;
        }

        var middle = _closes.Mean();
        var deviation = _closes.SampleStandardDeviation() * Math.Sqrt((_closes.Count - 1d) / _closes.Count);
        Upper = middle + (_upperDeviations * deviation);
        Lower = middle - (_lowerDeviations * deviation);
        PercentB = Ratio.Of(bar.Close - Lower, Upper - Lower, 0.5);
        Width = 100d * Ratio.Of(Upper - Lower, middle);
        return middle;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _closes.Clear();
        Upper = Lower = PercentB = Width = 0d;
    }
}
