using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Close-to-close historical volatility, the suite's one definition of <c>hv_20</c> (seed 000: Metrics stores it, Options
/// stores it beside the IV): the sample standard deviation (divisor n − 1) of the last <c>period</c> daily log returns
/// ln(close_t / close_t−1), annualised by × √252. Warm-up: <c>period</c> + 1 bars. Unit: annualised decimal
/// (0.18 = 18 %). Streaming, a non-positive close throws <see cref="ArgumentOutOfRangeException"/> from
/// <see cref="BarIndicator.Update"/>; reset the indicator before reusing it after that. <see cref="Annualized"/> computes
/// the same value from a list of closes in one call.
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

    /// <summary>
    /// The volatility of the last <paramref name="period"/> returns of <paramref name="closes"/> (ascending by date, in $ per
    /// share), or null with fewer than <paramref name="period"/> + 1 closes or a non-positive close among those used. The
    /// same formula as the streaming indicator (Options computes it from the session's bars so that its stage does not
    /// wait for the Metrics stage, which runs at the same time on the same session).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="closes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public static double? Annualized(IReadOnlyList<double> closes, int period = 20)
    {
        ArgumentNullException.ThrowIfNull(closes);
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        if (closes.Count < period + 1)
        {
            return null;
        }

        var returns = new RollingWindow(period);
        var previous = closes[closes.Count - period - 1];
        if (previous <= 0d)
        {
            return null;
        }

        for (var i = closes.Count - period; i < closes.Count; i++)
        {
            if (closes[i] <= 0d)
            {
                return null;
            }

            returns.Add(LogReturn(previous, closes[i]));
            previous = closes[i];
        }

        return Annualize(returns);
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
            _returns.Add(LogReturn(_previousClose, bar.Close));
        }

        _previousClose = bar.Close;
        return _returns.IsFull ? Annualize(_returns) : 0d;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _returns.Clear();
        _previousClose = 0d;
    }

    private static double LogReturn(double previousClose, double close) => Math.Log(close / previousClose);

    private static double Annualize(RollingWindow returns) => returns.SampleStandardDeviation() * Math.Sqrt(TradingDaysPerYear);
}
