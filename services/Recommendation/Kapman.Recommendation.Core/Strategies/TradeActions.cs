namespace Kapman.Recommendation.Core.Strategies;

/// <summary>Suggested action (docs/domain/recommendations.md#strategy-selection, seed 000 §5.1 <c>recommendations.action</c>); the system suggests and never executes (§3.4).</summary>
public static class TradeActions
{
    /// <summary>Open a net-long premium position (long option or debit vertical).</summary>
    public const string Buy = "BUY";

    /// <summary>Open a net-short premium position (cash-secured put or credit vertical).</summary>
    public const string Sell = "SELL";

    /// <summary>No new position: keep what is held and monitor.</summary>
    public const string Hold = "HOLD";

    /// <summary>Protect held shares with a long put instead of a forced liquidation (exit signal, §3.4 and §11.4).</summary>
    public const string Hedge = "HEDGE";
}
