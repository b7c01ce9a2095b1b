namespace Kapman.Recommendation.Data;

/// <summary>
/// The performance of one group of a run's trades (<c>recommendation.backtest_metrics</c>; PerformanceAnalyzer's GroupPerformance,
/// docs/domain/decision-engine.md#analytics): scope <c>overall</c> (key <c>all</c>, on the marked equity), <c>strategy</c> or
/// <c>underlying</c> (on the group's realised equity). Money in dollars, rates and drawdowns as fractions (0..1).
/// </summary>
public sealed class BacktestMetricsDto
{
    /// <summary>overall, strategy or underlying.</summary>
    public string Scope { get; init; } = "";

    /// <summary>all, a structure code or a ticker.</summary>
    public string Key { get; init; } = "";

    /// <summary>model-priced or stored-chain.</summary>
    public string Pricing { get; init; } = "";

    /// <summary>Trades.</summary>
    public int Trades { get; init; }

    /// <summary>Trades with P&amp;L &gt; 0.</summary>
    public int Wins { get; init; }

    /// <summary>Trades with P&amp;L &lt; 0.</summary>
    public int Losses { get; init; }

    /// <summary>Wins / trades.</summary>
    public double WinRate { get; init; }

    /// <summary>Mean P&amp;L of the wins, dollars.</summary>
    public double AverageWin { get; init; }

    /// <summary>Mean P&amp;L of the losses, dollars (negative).</summary>
    public double AverageLoss { get; init; }

    /// <summary>Σ wins / |Σ losses|; null without losses.</summary>
    public double? ProfitFactor { get; init; }

    /// <summary>Σ P&amp;L, dollars.</summary>
    public double TotalPnl { get; init; }

    /// <summary>Mean calendar days held.</summary>
    public double AverageDaysHeld { get; init; }

    /// <summary>Annualised Sharpe ratio.</summary>
    public double Sharpe { get; init; }

    /// <summary>Annualised Sortino ratio.</summary>
    public double Sortino { get; init; }

    /// <summary>Annualised return / maximum drawdown.</summary>
    public double Calmar { get; init; }

    /// <summary>Maximum drawdown, fraction of the peak.</summary>
    public double MaxDrawdown { get; init; }

    /// <summary>Compound annual growth rate.</summary>
    public double AnnualisedReturn { get; init; }
}
