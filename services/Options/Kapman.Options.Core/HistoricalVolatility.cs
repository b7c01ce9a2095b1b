namespace Kapman.Options.Core;

/// <summary>
/// Close-to-close historical volatility, the definition the Metrics service stores as <c>hv_20</c>: the sample standard
/// deviation (divisor n − 1) of the last <c>period</c> daily log returns ln(close_t / close_t−1), annualised by × √252.
/// Unit: annualised decimal (0.18 = 18 %). Computed here from the bars so that the options stage does not depend on the
/// metrics stage, which runs at the same time on the same session.
/// </summary>
public static class HistoricalVolatility
{
    /// <summary>Trading sessions per year used to annualise.</summary>
    public const double TradingDaysPerYear = 252d;

    /// <summary>
    /// The volatility of the last <paramref name="period"/> returns of <paramref name="closes"/> (ascending by date, in $ per
    /// share), or null with fewer than <paramref name="period"/> + 1 closes or a non-positive close among those used.
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

        var used = closes.Skip(closes.Count - period - 1).ToArray();
        if (used.Any(c => c <= 0d))
        {
            return null;
        }

        var returns = new double[period];
        for (var i = 0; i < period; i++)
        {
            returns[i] = Math.Log(used[i + 1] / used[i]);
        }

        var mean = returns.Sum() / period;
        var squares = returns.Sum(r => (r - mean) * (r - mean));
        return Math.Sqrt(squares / (period - 1)) * Math.Sqrt(TradingDaysPerYear);
    }
}
