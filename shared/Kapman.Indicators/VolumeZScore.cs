using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Volume surge index (VSI, docs/domain/indicators.md#price-metrics (seed 001)): the z-score of the bar's volume against the <c>period</c> sessions
/// BEFORE it (today excluded): (volume − mean) / sample standard deviation (divisor n − 1); 0 when those
/// volumes are all equal (no dispersion to measure against). Warm-up: period + 1 bars. Unit: standard deviations.
/// </summary>
public sealed class VolumeZScore : BarIndicator
{
    private readonly RollingWindow _priorVolumes;

    /// <summary>Creates the indicator over <paramref name="period"/> prior sessions (default 20).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public VolumeZScore(int period = 20)
        : base($"VSI({period})", Periods.Checked(period, 2) + 1)
    {
        _priorVolumes = new RollingWindow(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        var value = _priorVolumes.IsFull
            ? Ratio.Of(bar.Volume - _priorVolumes.Mean(), _priorVolumes.SampleStandardDeviation())
            : 0d;
        _priorVolumes.Add(bar.Volume);
        return value;
    }

    /// <inheritdoc />
    protected override void ResetState() => _priorVolumes.Clear();
}
