using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Relative volume: the bar's volume divided by the mean volume of the <c>period</c> sessions BEFORE it
/// (today excluded). 0 when that mean is 0 (<see cref="UndefinedReason"/> says so). Warm-up: <c>period</c> + 1 bars. Unit: ratio (2.0 = twice
/// the average).
/// </summary>
public sealed class RelativeVolume : BarIndicator
{
    private readonly RollingWindow _priorVolumes;
    private bool _noPriorVolume;

    /// <summary>Creates the indicator over <paramref name="period"/> prior sessions (default 20).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public RelativeVolume(int period = 20)
        : base($"RVOL({period})", Periods.Checked(period) + 1)
    {
        _priorVolumes = new RollingWindow(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        var value = 0d;
        if (_priorVolumes.IsFull)
        {
            var mean = _priorVolumes.Mean();
            _noPriorVolume = mean == 0d;
            value = _noPriorVolume ? 0d : bar.Volume / mean;
        }

        _priorVolumes.Add(bar.Volume);
        return value;
    }

    /// <inheritdoc />
    public override string? UndefinedReason =>
        IsReady && _noPriorVolume ? $"no volume in the {WarmUpPeriod - 1} prior sessions: relative volume is undefined" : null;

    /// <inheritdoc />
    protected override void ResetState()
    {
        _priorVolumes.Clear();
        _noPriorVolume = false;
    }
}
