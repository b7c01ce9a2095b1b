namespace Kapman.Metrics.Core;

/// <summary>
/// The daily indicator values of one ticker on one session (a <c>metrics.indicators</c> row and the
/// <c>GET /indicators</c> item). The typed properties are the docs/domain/indicators.md#snapshot-columns (seed 001 §5.5) snapshot columns; every other
/// output is in <see cref="Extras"/>. A value that cannot be computed is null and <see cref="NullReasons"/>
/// says why (warming up, non-positive close, ...). Units are those of the producing indicator (price for
/// averages and bands, 0..100 for RSI/Stochastic/MFI/ADX, shares for OBV).
/// </summary>
public sealed record IndicatorSnapshot
{
    /// <summary>Ticker symbol.</summary>
    public required string Ticker { get; init; }

    /// <summary>Date of the session (the last bar of the history).</summary>
    public required DateOnly SessionDate { get; init; }

    /// <summary>Version of the calculation, <see cref="DailyIndicatorCalculator.ModelVersion"/>.</summary>
    public required string ModelVersion { get; init; }

    /// <summary>RSI(14), Wilder, 0..100.</summary>
    public double? Rsi14 { get; init; }

    /// <summary>MACD(12,26,9) line, price.</summary>
    public double? MacdLine { get; init; }

    /// <summary>MACD(12,26,9) signal, price.</summary>
    public double? MacdSignal { get; init; }

    /// <summary>MACD(12,26,9) histogram, price.</summary>
    public double? MacdHistogram { get; init; }

    /// <summary>STOCH(14,3,3) slow %K, 0..100.</summary>
    public double? StochK { get; init; }

    /// <summary>STOCH(14,3,3) slow %D, 0..100.</summary>
    public double? StochD { get; init; }

    /// <summary>MFI(14), 0..100.</summary>
    public double? Mfi14 { get; init; }

    /// <summary>SMA(20) of the close, price.</summary>
    public double? Sma20 { get; init; }

    /// <summary>SMA(50) of the close, price.</summary>
    public double? Sma50 { get; init; }

    /// <summary>SMA(200) of the close, price.</summary>
    public double? Sma200 { get; init; }

    /// <summary>EMA(12) of the close, price.</summary>
    public double? Ema12 { get; init; }

    /// <summary>EMA(26) of the close, price.</summary>
    public double? Ema26 { get; init; }

    /// <summary>ADX(14), 0..100.</summary>
    public double? Adx14 { get; init; }

    /// <summary>ATR(14), Wilder, price.</summary>
    public double? Atr14 { get; init; }

    /// <summary>BBANDS(20,2,2) upper band, price.</summary>
    public double? BbandsUpper { get; init; }

    /// <summary>BBANDS(20,2,2) middle band (SMA 20), price.</summary>
    public double? BbandsMiddle { get; init; }

    /// <summary>BBANDS(20,2,2) lower band, price.</summary>
    public double? BbandsLower { get; init; }

    /// <summary>Bollinger band width, percent of the middle band.</summary>
    public double? BbandsWidth { get; init; }

    /// <summary>On-balance volume over the computation window, shares.</summary>
    public double? Obv { get; init; }

    /// <summary>Rolling 20-session VWAP of typical prices, price.</summary>
    public double? Vwap { get; init; }

    /// <summary>Volume / mean volume of the 20 prior sessions, ratio.</summary>
    public double? Rvol20 { get; init; }

    /// <summary>20-session close-to-close volatility, annualised decimal.</summary>
    public double? Hv20 { get; init; }

    /// <summary>The other outputs by name (see <see cref="SnapshotIndicators"/>); null where not computable.</summary>
    public IReadOnlyDictionary<string, double?> Extras { get; init; } = new Dictionary<string, double?>();

    /// <summary>Why each null value (typed or extra) is null, by output name.</summary>
    public IReadOnlyDictionary<string, string> NullReasons { get; init; } = new Dictionary<string, string>();
}
