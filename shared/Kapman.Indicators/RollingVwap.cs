using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Rolling volume-weighted average price over daily bars (no TA-Lib function). Daily bars carry no
/// intraday trades, so each session is represented by its typical price TP = (high + low + close) / 3 and
/// VWAP = Σ TP × volume / Σ volume over the last <c>period</c> sessions (default 20, about one month),
/// current session included. When the window has no volume at all it is the plain mean of TP.
/// Warm-up: <c>period</c> bars. Unit: price.
/// </summary>
public sealed class RollingVwap : BarIndicator
{
    private readonly RollingWindow _weighted;
    private readonly RollingWindow _volumes;
    private readonly RollingWindow _typical;

    /// <summary>Creates the average.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public RollingVwap(int period = 20)
        : base($"VWAP({period})", Periods.Checked(period))
    {
        _weighted = new RollingWindow(period);
        _volumes = new RollingWindow(period);
        _typical = new RollingWindow(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        var typical = (bar.High + bar.Low + bar.Close) / 3d;
        _weighted.Add(typical * bar.Volume);
        _volumes.Add(bar.Volume);
        _typical.Add(typical);
        return _volumes.IsFull ? Ratio.Of(_weighted.Sum(), _volumes.Sum(), _typical.Mean()) : 0d;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _weighted.Clear();
        _volumes.Clear();
        _typical.Clear();
    }
}
