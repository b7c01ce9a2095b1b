using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Ichimoku kinko hyo (no TA-Lib function; Hosoda, StockCharts "Ichimoku Cloud", defaults 9, 26, 52).
/// Tenkan-sen = (highest high + lowest low) / 2 over 9 bars; kijun-sen the same over 26; senkou span A =
/// (tenkan + kijun) / 2; senkou span B = the midpoint over 52. Values are those computed on the current bar:
/// charts plot the spans 26 bars ahead and the chikou span (the close) 26 bars back; no shift is applied here.
/// Warm-up: the longest period (52 by default). <see cref="IIndicator.Current"/> is the tenkan-sen. Unit: price.
/// </summary>
public sealed class Ichimoku : BarIndicator
{
    private readonly RollingWindow[] _highs;
    private readonly RollingWindow[] _lows;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1 or they are not increasing.</exception>
    public Ichimoku(int tenkanPeriod = 9, int kijunPeriod = 26, int senkouBPeriod = 52)
        : base($"ICHIMOKU({tenkanPeriod},{kijunPeriod},{senkouBPeriod})", Periods.Checked(senkouBPeriod, Periods.Checked(kijunPeriod, Periods.Checked(tenkanPeriod))))
    {
        int[] periods = [tenkanPeriod, kijunPeriod, senkouBPeriod];
        _highs = periods.Select(p => new RollingWindow(p)).ToArray();
        _lows = periods.Select(p => new RollingWindow(p)).ToArray();
    }

    /// <summary>Tenkan-sen (conversion line); 0 while not ready.</summary>
    public double Tenkan => Current;

    /// <summary>Kijun-sen (base line); 0 while not ready.</summary>
    public double Kijun { get; private set; }

    /// <summary>Senkou span A (leading span A, unshifted); 0 while not ready.</summary>
    public double SenkouA { get; private set; }

    /// <summary>Senkou span B (leading span B, unshifted); 0 while not ready.</summary>
    public double SenkouB { get; private set; }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        for (var i = 0; i < _highs.Length; i++)
        {
            _highs[i].Add(bar.High);
            _lows[i].Add(bar.Low);
        }

        if (!_highs[2].IsFull)
        {
            return 0d;
        }

        var tenkan = Midpoint(0);
        Kijun = Midpoint(1);
        SenkouA = (tenkan + Kijun) / 2d;
        SenkouB = Midpoint(2);
        return tenkan;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        for (var i = 0; i < _highs.Length; i++)
        {
            _highs[i].Clear();
            _lows[i].Clear();
        }

        Kijun = SenkouA = SenkouB = 0d;
    }

    private double Midpoint(int line) => (_highs[line].Max() + _lows[line].Min()) / 2d;
}
