using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Vortex indicator (no TA-Lib function; Botes and Siepman 2010, default 14): VM+ = |high − previous low|,
/// VM− = |low − previous high|, TR the true range; VI+ = ΣVM+ / ΣTR and VI− = ΣVM− / ΣTR over the last
/// <c>period</c> bars (0 when ΣTR is 0). Warm-up: period + 1 bars. <see cref="IIndicator.Current"/> is VI+.
/// Unit: ratio (around 1).
/// </summary>
public sealed class Vortex : BarIndicator
{
    private readonly RollingWindow _plus;
    private readonly RollingWindow _minus;
    private readonly RollingWindow _ranges;
    private Bar _previous;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public Vortex(int period = 14)
        : base($"VORTEX({period})", Periods.Checked(period) + 1)
    {
        _plus = new RollingWindow(period);
        _minus = new RollingWindow(period);
        _ranges = new RollingWindow(period);
    }

    /// <summary>VI+; 0 while not ready.</summary>
    public double Plus => Current;

    /// <summary>VI−; 0 while not ready.</summary>
    public double Minus { get; private set; }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (Samples > 1)
        {
            _plus.Add(Math.Abs(bar.High - _previous.Low));
            _minus.Add(Math.Abs(bar.Low - _previous.High));
            _ranges.Add(Math.Max(bar.High, _previous.Close) - Math.Min(bar.Low, _previous.Close));
        }

        _previous = bar;
        if (!_ranges.IsFull)
        {
            return 0d;
        }

        var range = _ranges.Sum();
        Minus = Ratio.Of(_minus.Sum(), range);
        return Ratio.Of(_plus.Sum(), range);
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _plus.Clear();
        _minus.Clear();
        _ranges.Clear();
        _previous = default;
        Minus = 0d;
    }
}
