namespace Kapman.Web.Clients;

/// <summary>A ticker's indicators for a session (metrics API <c>GET /indicators?ticker=T</c>); null while warming up.</summary>
/// <param name="Ticker">Ticker.</param>
/// <param name="SessionDate">Session.</param>
/// <param name="Sma20">20-day simple moving average of the close, USD.</param>
/// <param name="Sma50">50-day SMA, USD.</param>
/// <param name="Sma200">200-day SMA, USD.</param>
/// <param name="Ema12">12-day exponential moving average, USD.</param>
/// <param name="Ema26">26-day EMA, USD.</param>
/// <param name="Rsi14">14-day RSI (Wilder), 0-100.</param>
/// <param name="Atr14">14-day average true range, USD.</param>
/// <param name="Rvol20">Volume over its 20-day average.</param>
/// <param name="Hv20">20-day historical volatility, annualised fraction.</param>
public sealed record Indicators(
    string Ticker, DateOnly SessionDate, double? Sma20, double? Sma50, double? Sma200, double? Ema12, double? Ema26,
    double? Rsi14, double? Atr14, double? Rvol20, double? Hv20);
