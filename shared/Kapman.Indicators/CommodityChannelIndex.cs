using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Commodity channel index (TA-Lib <c>CCI</c>, default 20; Lambert 1980): typical price TP = (high + low +
/// close) / 3; CCI = (TP − SMA(TP)) / (0.015 × mean absolute deviation of TP from that SMA), 0 when the
/// deviation is 0. Warm-up: <c>period</c> bars. Unit: dimensionless (mostly −200..200).
/// </summary>
public sealed class CommodityChannelIndex : BarIndicator
{
    private readonly RollingWindow _typical;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public CommodityChannelIndex(int period = 20)
        : base($"CCI({period})", Periods.Checked(period, 2))
    {
        _typical = new RollingWindow(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        var typical = (bar.High + bar.Low + bar.Close) / 3d;
        _typical.Add(typical);
        if (!_typical.IsFull)
        {
            return 0d;
        }

        var mean = _typical.Mean();
        var deviation = 0d;
        for (var age = 0; age < _typical.Count; age++)
        {
            deviation += Math.Abs(_typical.Ago(age) - mean);
        }

        return Ratio.Of(typical - mean, 0.015 * deviation / _typical.Count);
    }

    /// <inheritdoc />
    protected override void ResetState() => _typical.Clear();
}
