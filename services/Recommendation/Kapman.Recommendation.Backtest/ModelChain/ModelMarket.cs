namespace Kapman.Recommendation.Backtest.ModelChain;

/// <summary>What one model-priced chain is priced from: the underlying's price and the VIX term structure at one instant.</summary>
/// <param name="Underlying">Ticker, e.g. "SPY".</param>
/// <param name="Spot">Underlying price, $ per share (the session's close in the backtest).</param>
/// <param name="Vix">CBOE VIX, index points.</param>
/// <param name="Vix3M">CBOE VIX3M, index points, or null (then the VIX is held flat).</param>
/// <param name="Now">The pricing instant.</param>
public sealed record ModelMarket(string Underlying, double Spot, double Vix, double? Vix3M, DateTimeOffset Now);
