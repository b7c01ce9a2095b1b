namespace Kapman.Metrics.Core;

/// <summary>
/// The daily indicator values of one ticker on one session (the <c>GET /indicators</c> row). A value is
/// null while its indicator is still warming up.
/// </summary>
/// <param name="Ticker">Ticker symbol.</param>
/// <param name="SessionDate">Date of the last bar of the history.</param>
/// <param name="Sma20">SMA(20) of the close, price.</param>
/// <param name="Sma50">SMA(50) of the close, price.</param>
/// <param name="Sma200">SMA(200) of the close, price.</param>
/// <param name="Ema12">EMA(12) of the close, price.</param>
/// <param name="Ema26">EMA(26) of the close, price.</param>
/// <param name="Rsi14">RSI(14), Wilder, 0..100.</param>
/// <param name="Atr14">ATR(14), Wilder, price.</param>
/// <param name="Rvol20">Volume / mean volume of the 20 prior sessions, ratio.</param>
/// <param name="Hv20">20-session close-to-close volatility, annualised decimal.</param>
/// <param name="ModelVersion">Version of the calculation, <see cref="DailyIndicatorCalculator.ModelVersion"/>.</param>
public sealed record IndicatorSnapshot(
    string Ticker,
    DateOnly SessionDate,
    double? Sma20,
    double? Sma50,
    double? Sma200,
    double? Ema12,
    double? Ema26,
    double? Rsi14,
    double? Atr14,
    double? Rvol20,
    double? Hv20,
    string ModelVersion);
