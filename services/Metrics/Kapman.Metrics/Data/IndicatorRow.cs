using System.Text.Json;
using Kapman.Metrics.Core;

namespace Kapman.Metrics.Data;

/// <summary>A <c>metrics.indicators</c> row as read by Dapper (JSONB columns as text).</summary>
internal sealed class IndicatorRow
{
    public string Ticker { get; init; } = "";
    public DateOnly SessionDate { get; init; }
    public string ModelVersion { get; init; } = "";
    public double? Rsi14 { get; init; }
    public double? MacdLine { get; init; }
    public double? MacdSignal { get; init; }
    public double? MacdHistogram { get; init; }
    public double? StochK { get; init; }
    public double? StochD { get; init; }
    public double? Mfi14 { get; init; }
    public double? Sma20 { get; init; }
    public double? Sma50 { get; init; }
    public double? Sma200 { get; init; }
    public double? Ema12 { get; init; }
    public double? Ema26 { get; init; }
    public double? Adx14 { get; init; }
    public double? Atr14 { get; init; }
    public double? BbandsUpper { get; init; }
    public double? BbandsMiddle { get; init; }
    public double? BbandsLower { get; init; }
    public double? BbandsWidth { get; init; }
    public double? Obv { get; init; }
    public double? Vwap { get; init; }
    public double? Rvol20 { get; init; }
    public double? Hv20 { get; init; }
    public string Extras { get; init; } = "{}";
    public string NullReasons { get; init; } = "{}";

    /// <summary>Column list of the SELECTs, aliased to this type's properties.</summary>
    public const string Columns =
        "ticker, session_date AS SessionDate, model_version AS ModelVersion, rsi_14 AS Rsi14, macd_line AS MacdLine, " +
        "macd_signal AS MacdSignal, macd_histogram AS MacdHistogram, stoch_k AS StochK, stoch_d AS StochD, mfi_14 AS Mfi14, " +
        "sma_20 AS Sma20, sma_50 AS Sma50, sma_200 AS Sma200, ema_12 AS Ema12, ema_26 AS Ema26, adx_14 AS Adx14, atr_14 AS Atr14, " +
        "bbands_upper AS BbandsUpper, bbands_middle AS BbandsMiddle, bbands_lower AS BbandsLower, bbands_width AS BbandsWidth, " +
        "obv AS Obv, vwap AS Vwap, rvol_20 AS Rvol20, hv_20 AS Hv20, extras::text AS Extras, null_reasons::text AS NullReasons";

    public IndicatorSnapshot ToSnapshot() => new()
    {
        Ticker = Ticker,
        SessionDate = SessionDate,
        ModelVersion = ModelVersion,
        Rsi14 = Rsi14,
        MacdLine = MacdLine,
        MacdSignal = MacdSignal,
        MacdHistogram = MacdHistogram,
        StochK = StochK,
        StochD = StochD,
        Mfi14 = Mfi14,
        Sma20 = Sma20,
        Sma50 = Sma50,
        Sma200 = Sma200,
        Ema12 = Ema12,
        Ema26 = Ema26,
        Adx14 = Adx14,
        Atr14 = Atr14,
        BbandsUpper = BbandsUpper,
        BbandsMiddle = BbandsMiddle,
        BbandsLower = BbandsLower,
        BbandsWidth = BbandsWidth,
        Obv = Obv,
        Vwap = Vwap,
        Rvol20 = Rvol20,
        Hv20 = Hv20,
        Extras = JsonSerializer.Deserialize<Dictionary<string, double?>>(Extras) ?? [],
        NullReasons = JsonSerializer.Deserialize<Dictionary<string, string>>(NullReasons) ?? [],
    };
}
