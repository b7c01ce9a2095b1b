using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Ulcer index (no TA-Lib function; Martin 1987, StockCharts "Ulcer Index", default 14): percent drawdown
/// R = 100 × (close − highest close of the last <c>period</c> bars) / that highest close (0 when it is 0);
/// UI = √(mean of R² over the last <c>period</c> drawdowns). Warm-up: 2 × period − 1 bars. Unit: percent.
/// </summary>
public sealed class UlcerIndex : BarIndicator
{
    private readonly RollingWindow _closes;
    private readonly RollingWindow _squares;

    /// <summary>Creates the index.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public UlcerIndex(int period = 14)
        : base($"ULCER({period})", (2 * Periods.Checked(period)) - 1)
    {
        _closes = new RollingWindow(period);
        _squares = new RollingWindow(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _closes.Add(bar.Close);
        if (!_closes.IsFull)
        {
            return 0d;
        }

        var highest = _closes.Max();
        var drawdown = 100d * Ratio.Of(bar.Close - highest, highest);
        _squares.Add(drawdown * drawdown);
        return _squares.IsFull ? Math.Sqrt(_squares.Mean()) : 0d;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _closes.Clear();
        _squares.Clear();
    }
}
