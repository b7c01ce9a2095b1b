namespace Kapman.Recommendation.Backtest.Analytics;

/// <summary>
/// Risk-adjusted measures of an equity series (docs/domain/decision-engine.md#analytics, seed 003 §10 task 11.1.1). Returns are
/// simple per-session returns r_t = E_t / E_(t−1) − 1; a year has <see cref="SessionsPerYear"/> sessions.
/// </summary>
public static class RiskMetrics
{
    /// <summary>Sessions per year used to annualise (252, seed 003 §10 <c>compute_sharpe</c>).</summary>
    public const double SessionsPerYear = 252d;

    /// <summary>r_t = E_t / E_(t−1) − 1 for t ≥ 1.</summary>
    public static IReadOnlyList<double> Returns(IReadOnlyList<double> equity)
    {
        ArgumentNullException.ThrowIfNull(equity);
        var returns = new List<double>(Math.Max(0, equity.Count - 1));
        for (var i = 1; i < equity.Count; i++)
        {
            returns.Add(equity[i - 1] != 0 ? (equity[i] / equity[i - 1]) - 1d : 0d);
        }

        return returns;
    }

    /// <summary>
    /// Annualised Sharpe ratio (seed 003 §10 <c>compute_sharpe</c>; Sharpe 1994, "The Sharpe ratio"): (mean(r) − rf/252) / s(r) × √252,
    /// s the sample standard deviation (n − 1). 0 with fewer than two returns or s = 0.
    /// </summary>
    public static double Sharpe(IReadOnlyList<double> returns, double annualRiskFree)
    {
        ArgumentNullException.ThrowIfNull(returns);
        if (returns.Count < 2)
        {
            return 0d;
        }

        var mean = returns.Average();
        var variance = returns.Sum(r => (r - mean) * (r - mean)) / (returns.Count - 1);
        return variance > 0 ? (mean - (annualRiskFree / SessionsPerYear)) / Math.Sqrt(variance) * Math.Sqrt(SessionsPerYear) : 0d;
    }

    /// <summary>
    /// Annualised Sortino ratio (Sortino and Price 1994, "Performance measurement in a downside risk framework"): (mean(r) − τ) / DD ×
    /// √252 with τ = rf/252 and the downside deviation DD = √(Σ min(0, r − τ)² / n) over all n returns. 0 when DD = 0.
    /// </summary>
    public static double Sortino(IReadOnlyList<double> returns, double annualRiskFree)
    {
        ArgumentNullException.ThrowIfNull(returns);
        if (returns.Count == 0)
        {
            return 0d;
        }

        var target = annualRiskFree / SessionsPerYear;
        var downside = Math.Sqrt(returns.Sum(r => Math.Pow(Math.Min(0d, r - target), 2)) / returns.Count);
        return downside > 0 ? (returns.Average() - target) / downside * Math.Sqrt(SessionsPerYear) : 0d;
    }

    /// <summary>Drawdown at each point, (peak − E) / peak with the running peak (seed 003 §10 <c>compute_max_drawdown</c>), 0..1.</summary>
    public static IReadOnlyList<double> Drawdowns(IReadOnlyList<double> equity)
    {
        ArgumentNullException.ThrowIfNull(equity);
        var result = new List<double>(equity.Count);
        var peak = double.NegativeInfinity;
        foreach (var value in equity)
        {
            peak = Math.Max(peak, value);
            result.Add(peak > 0 ? (peak - value) / peak : 0d);
        }

        return result;
    }

    /// <summary>Maximum drawdown, the largest fall from a running peak as a fraction of the peak (seed 003 §10), 0..1.</summary>
    public static double MaxDrawdown(IReadOnlyList<double> equity) => Drawdowns(equity).DefaultIfEmpty(0d).Max();

    /// <summary>Compound annual growth rate: (E_last / E_first)^(252 / (n − 1)) − 1 over n points. 0 with fewer than two points.</summary>
    public static double AnnualisedReturn(IReadOnlyList<double> equity)
    {
        ArgumentNullException.ThrowIfNull(equity);
        return equity.Count < 2 || equity[0] <= 0 || equity[^1] <= 0
            ? 0d
            : Math.Pow(equity[^1] / equity[0], SessionsPerYear / (equity.Count - 1)) - 1d;
    }

    /// <summary>Calmar ratio (Young 1991, "Calmar ratio: a smoother tool"): annualised return / maximum drawdown over the whole run. 0 without a drawdown.</summary>
    public static double Calmar(IReadOnlyList<double> equity)
    {
        var drawdown = MaxDrawdown(equity);
        return drawdown > 0 ? AnnualisedReturn(equity) / drawdown : 0d;
    }
}
