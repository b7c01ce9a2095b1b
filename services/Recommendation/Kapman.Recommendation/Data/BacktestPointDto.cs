namespace Kapman.Recommendation.Data;

/// <summary>One session of a run's equity series (<c>recommendation.backtest_equity</c>): marked equity, dollars; drawdown below the running peak, fraction 0..1; positions held.</summary>
public sealed class BacktestPointDto
{
    /// <summary>Session.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Cash plus open positions at their mid marks, dollars.</summary>
    public double Equity { get; init; }

    /// <summary>(peak − equity) / peak.</summary>
    public double Drawdown { get; init; }

    /// <summary>Positions held after the session.</summary>
    public int OpenPositions { get; init; }
}
