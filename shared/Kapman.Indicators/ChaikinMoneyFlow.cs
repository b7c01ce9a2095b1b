using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Chaikin money flow (no TA-Lib function; Chaikin, StockCharts "CMF", default 20): Σ CLV × volume / Σ volume
/// over the last <c>period</c> bars (0 when Σ volume is 0, with <see cref="UndefinedReason"/>), CLV as <see cref="AccumulationDistribution.CloseLocation"/>.
/// Warm-up: <c>period</c> bars. Unit: −1..1.
/// </summary>
public sealed class ChaikinMoneyFlow : BarIndicator
{
    private readonly RollingWindow _flows;
    private readonly RollingWindow _volumes;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public ChaikinMoneyFlow(int period = 20)
        : base($"CMF({period})", Periods.Checked(period))
    {
        _flows = new RollingWindow(period);
        _volumes = new RollingWindow(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _flows.Add(AccumulationDistribution.CloseLocation(bar) * bar.Volume);
        _volumes.Add(bar.Volume);
        return _volumes.IsFull ? Ratio.Of(_flows.Sum(), _volumes.Sum()) : 0d;
    }

    /// <inheritdoc />
    public override string? UndefinedReason =>
        IsReady && _volumes.Sum() == 0d ? $"no volume in the last {WarmUpPeriod} sessions: money flow is undefined" : null;

    /// <inheritdoc />
    protected override void ResetState()
    {
        _flows.Clear();
        _volumes.Clear();
    }
}
