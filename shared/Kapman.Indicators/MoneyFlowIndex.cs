using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Money flow index (TA-Lib <c>MFI</c>, default 14; Quong and Soudack): typical price TP = (high + low + close) / 3,
/// raw money flow = TP × volume, positive when TP rises from the previous bar, negative when it falls, ignored
/// when unchanged; MFI = 100 × Σpositive / (Σpositive + Σnegative) over the last <c>period</c> changes (0 when
/// both sums are 0, as TA-Lib). Warm-up: period + 1 bars. Unit: 0..100.
/// </summary>
public sealed class MoneyFlowIndex : BarIndicator
{
    private readonly RollingWindow _positive;
    private readonly RollingWindow _negative;
    private double _previousTypical;

    /// <summary>Creates the index.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public MoneyFlowIndex(int period = 14)
        : base($"MFI({period})", Periods.Checked(period) + 1)
    {
        _positive = new RollingWindow(period);
        _negative = new RollingWindow(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        var typical = (bar.High + bar.Low + bar.Close) / 3d;
        if (Samples > 1)
        {
            var flow = typical * bar.Volume;
            _positive.Add(typical > _previousTypical ? flow : 0d);
            _negative.Add(typical < _previousTypical ? flow : 0d);
        }

        _previousTypical = typical;
        if (!_positive.IsFull)
        {
            return 0d;
        }

        var positive = _positive.Sum();
        return 100d * Ratio.Of(positive, positive + _negative.Sum());
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _positive.Clear();
        _negative.Clear();
        _previousTypical = 0d;
    }
}
