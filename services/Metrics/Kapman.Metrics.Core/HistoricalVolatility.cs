namespace Kapman.Metrics.Core;

/// <summary>
/// Close-to-close historical volatility: the sample standard deviation (divisor n − 1) of the last
/// <c>period</c> daily log returns ln(close_t / close_t−1), annualised by × √252. Warm-up: <c>period</c>
/// + 1 bars. Unit: annualised decimal (0.18 = 18 %). A non-positive close throws
/// <see cref="ArgumentOutOfRangeException"/> from <see cref="BarIndicator.Update"/>; reset the indicator
/// before reusing it after that.
/// </summary>
public sealed class HistoricalVolatility : BarIndicator
{
    /// <summary>Trading sessions per year used to annualise.</summary>
    public const double TradingDaysPerYear = 252d;

    private readonly RollingWindow _returns;
    private double _previousClose;

    /// <summary>Creates the indicator over <paramref name="period"/> returns (default 20).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public HistoricalVolatility(int period = 20)
        : base($"HV({period})", Periods.Checked(period, 2) + 1)
    {
        _returns = new RollingWindow(period);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">The close is not positive.</exception>
    protected override double ComputeNextValue(Bar bar)
    {
        if (bar.Close <= 0d)
        {
            throw new ArgumentOutOfRangeException(
                nameof(bar), bar.Close, $"{Name}: close on {bar.Date:yyyy-MM-dd} must be positive.");
        }

        if (Samples > 1)
        {
            _returns.Add(Math.Log(bar.Close / _previousClose));
        }

        _previousClose = bar.Close;
        return _returns.IsFull ? _returns.SampleStandardDeviation() * Math.Sqrt(TradingDaysPerYear) : 0d;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _returns.Clear();
        _previousClose = 0d;
    }
}
