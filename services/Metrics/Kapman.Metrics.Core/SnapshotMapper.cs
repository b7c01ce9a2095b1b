namespace Kapman.Metrics.Core;

/// <summary>Maps named snapshot outputs onto <see cref="IndicatorSnapshot"/>'s typed properties and extras.</summary>
internal static class SnapshotMapper
{
    public static IndicatorSnapshot ToSnapshot(
        string ticker,
        DateOnly session,
        string modelVersion,
        Dictionary<string, double?> values,
        Dictionary<string, string> reasons,
        IReadOnlyList<SnapshotOutput> outputs) =>
        new()
        {
            Ticker = ticker,
            SessionDate = session,
            ModelVersion = modelVersion,
            Rsi14 = values["rsi_14"],
            MacdLine = values["macd_line"],
            MacdSignal = values["macd_signal"],
            MacdHistogram = values["macd_histogram"],
            StochK = values["stoch_k"],
            StochD = values["stoch_d"],
            Mfi14 = values["mfi_14"],
            Sma20 = values["sma_20"],
            Sma50 = values["sma_50"],
            Sma200 = values["sma_200"],
            Ema12 = values["ema_12"],
            Ema26 = values["ema_26"],
            Adx14 = values["adx_14"],
            Atr14 = values["atr_14"],
            BbandsUpper = values["bbands_upper"],
            BbandsMiddle = values["bbands_middle"],
            BbandsLower = values["bbands_lower"],
            BbandsWidth = values["bbands_width"],
            Obv = values["obv"],
            Vwap = values["vwap"],
            Rvol20 = values["rvol_20"],
            Hv20 = values["hv_20"],
            Extras = outputs.Where(o => !o.Typed).ToDictionary(o => o.Name, o => values[o.Name], StringComparer.Ordinal),
            NullReasons = reasons,
        };
}
