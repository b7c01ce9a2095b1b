namespace Kapman.Recommendation.Backtest.Engine;

/// <summary>Why a backtest trade closed.</summary>
public enum BacktestExitReason
{
    /// <summary>P&amp;L reached the profit target.</summary>
    ProfitTarget,

    /// <summary>P&amp;L reached the stop.</summary>
    StopLoss,

    /// <summary>Days to expiry reached the time stop.</summary>
    DaysToExpiry,

    /// <summary>Held to expiration: settled at intrinsic value.</summary>
    Expiration,

    /// <summary>Still open at the last session of the test: closed at that session's mark.</summary>
    EndOfTest,
}
