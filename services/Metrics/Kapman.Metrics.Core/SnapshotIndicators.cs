using Kapman.Indicators;
using Kapman.MarketData;

namespace Kapman.Metrics.Core;

/// <summary>
/// The full indicator surface with the parameters stored in the daily snapshot, and the named outputs read
/// from it. Typed outputs are the docs/domain/indicators.md#snapshot-columns (seed 001 §5.5) columns (plus <c>rvol_20</c> and <c>hv_20</c>); the others go
/// to the JSONB column. Historical volatility takes logarithms, so after a non-positive close its
/// indicators stop being fed and <see cref="NonPositiveClose"/> records the date. The whole state can be saved
/// after a session and restored the next day (<see cref="SaveState"/>, <see cref="RestoreState"/>), which continues
/// bit-for-bit as if every bar had been fed to one instance.
/// </summary>
public sealed class SnapshotIndicators
{
    /// <summary>Identifies the layout written by <see cref="SaveState"/>; change it when an indicator's fields change.</summary>
    public const string StateFormat = "kapman-metrics-state-4";

    private readonly List<BarIndicator> _indicators = [];
    private readonly HistoricalVolatility _hv20 = new(20);
    private readonly HistoricalVolatility _hv60 = new(60);

    /// <summary>Creates the surface.</summary>
    public SnapshotIndicators()
    {
        var macd = Add(new Macd(12, 26, 9));
        var stoch = Add(new Stochastic(14, 3, 3));
        var adx = Add(new AverageDirectionalIndex(14));
        var bbands = Add(new BollingerBands(20, 2, 2));
        var stochRsi = Add(new StochasticRsi(14, 5, 3));
        var pvo = Add(new PercentageVolumeOscillator());
        var aroon = Add(new Aroon(14));
        var ichimoku = Add(new Ichimoku());
        var kst = Add(new KnowSureThing());
        var vortex = Add(new Vortex(14));
        var donchian = Add(new DonchianChannel(20));
        var keltner = Add(new KeltnerChannel());
        var range = Add(new FiftyTwoWeekRange());
        Add(_hv20);
        Add(_hv60);
        Outputs =
        [
            Typed("rsi_14", new RelativeStrengthIndex(14)),
            Typed("macd_line", macd, () => macd.Line),
            Typed("macd_signal", macd, () => macd.Signal),
            Typed("macd_histogram", macd, () => macd.Histogram),
            Typed("stoch_k", stoch, () => stoch.SlowK),
            Typed("stoch_d", stoch, () => stoch.SlowD),
            Typed("mfi_14", new MoneyFlowIndex(14)),
            Typed("sma_20", new SimpleMovingAverage(20)),
            Typed("sma_50", new SimpleMovingAverage(50)),
            Typed("sma_200", new SimpleMovingAverage(200)),
            Typed("ema_12", new ExponentialMovingAverage(12)),
            Typed("ema_26", new ExponentialMovingAverage(26)),
            Typed("adx_14", adx),
            Typed("atr_14", new AverageTrueRange(14)),
            Typed("bbands_upper", bbands, () => bbands.Upper),
            Typed("bbands_middle", bbands),
            Typed("bbands_lower", bbands, () => bbands.Lower),
            Typed("bbands_width", bbands, () => bbands.Width),
            Typed("obv", new OnBalanceVolume()),
            Typed("vwap", new RollingVwap(20)),
            Typed("rvol_20", new RelativeVolume(20)),
            Typed("hv_20", _hv20),
            Extra("sma_14", new SimpleMovingAverage(14)),
            Extra("ema_14", new ExponentialMovingAverage(14)),
            Extra("plus_di_14", adx, () => adx.PlusDi),
            Extra("minus_di_14", adx, () => adx.MinusDi),
            Extra("stochrsi_k", stochRsi),
            Extra("stochrsi_d", stochRsi, () => stochRsi.FastD),
            Extra("ppo", new PercentagePriceOscillator()),
            Extra("pvo", pvo),
            Extra("pvo_signal", pvo, () => pvo.Signal),
            Extra("pvo_histogram", pvo, () => pvo.Histogram),
            Extra("roc_10", new RateOfChange(10)),
            Extra("tsi", new TrueStrengthIndex()),
            Extra("ultosc", new UltimateOscillator()),
            Extra("willr_14", new WilliamsPercentR(14)),
            Extra("ao", new AwesomeOscillator()),
            Extra("kama_30", new KaufmanAdaptiveMovingAverage(30)),
            Extra("wma_30", new WeightedMovingAverage(30)),
            Extra("aroon_up", aroon, () => aroon.Up),
            Extra("aroon_down", aroon, () => aroon.Down),
            Extra("aroon_osc", aroon),
            Extra("cci_20", new CommodityChannelIndex(20)),
            Extra("dpo_20", new DetrendedPriceOscillator(20)),
            Extra("ichimoku_tenkan", ichimoku),
            Extra("ichimoku_kijun", ichimoku, () => ichimoku.Kijun),
            Extra("ichimoku_senkou_a", ichimoku, () => ichimoku.SenkouA),
            Extra("ichimoku_senkou_b", ichimoku, () => ichimoku.SenkouB),
            Extra("kst", kst, () => kst.Line),
            Extra("kst_signal", kst, () => kst.Signal),
            Extra("mass_index", new MassIndex()),
            Extra("sar", new ParabolicSar()),
            Extra("stc", new SchaffTrendCycle()),
            Extra("trix_30", new Trix(30)),
            Extra("vortex_plus", vortex),
            Extra("vortex_minus", vortex, () => vortex.Minus),
            Extra("natr_14", new NormalizedAverageTrueRange(14)),
            Extra("trange", new TrueRange()),
            Extra("bbands_percent_b", bbands, () => bbands.PercentB),
            Extra("donchian_upper", donchian, () => donchian.Upper),
            Extra("donchian_middle", donchian),
            Extra("donchian_lower", donchian, () => donchian.Lower),
            Extra("keltner_upper", keltner, () => keltner.Upper),
            Extra("keltner_middle", keltner),
            Extra("keltner_lower", keltner, () => keltner.Lower),
            Extra("ulcer_index", new UlcerIndex()),
            Extra("ad", new AccumulationDistribution()),
            Extra("cmf_20", new ChaikinMoneyFlow(20)),
            Extra("emv_14", new EaseOfMovement(14)),
            Extra("force_13", new ForceIndex(13)),
            Extra("nvi", new NegativeVolumeIndex()),
            Extra("vpt", new VolumePriceTrend()),
            Extra("vsi_20", new VolumeZScore(20)),
            Extra("hv_60", _hv60),
            Extra("gap_percent", new GapPercent()),
            Extra("dist_52w_high", range),
            Extra("dist_52w_low", range, () => range.DistanceToLow),
            Extra("return_daily", new Returns(ReturnKind.Daily)),
            Extra("return_log", new Returns(ReturnKind.Log)),
            Extra("return_cumulative", new Returns(ReturnKind.Cumulative)),
        ];
        Range = range;
    }

    /// <summary>Every output, typed columns first, in a stable order.</summary>
    public IReadOnlyList<SnapshotOutput> Outputs { get; }

    /// <summary>The 52-week range indicator (its window may be shorter than 52 weeks).</summary>
    public FiftyTwoWeekRange Range { get; }

    /// <summary>Date of the first non-positive close fed, or null.</summary>
    public DateOnly? NonPositiveClose { get; private set; }

    /// <summary>The last bar fed, or null before the first.</summary>
    public Bar? LastBar { get; private set; }

    /// <summary>
    /// The complete state after the last bar fed, as bytes (format <see cref="StateFormat"/>, a few tens of KB).
    /// </summary>
    public byte[] SaveState()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer))
        {
            writer.Write(StateFormat);
            writer.Write(Outputs.Count);
            writer.Write(LastBar.HasValue);
            writer.Write(NonPositiveClose.HasValue);
            var last = LastBar.GetValueOrDefault();
            writer.Write(last.Date.DayNumber);
            writer.Write(last.Open);
            writer.Write(last.High);
            writer.Write(last.Low);
            writer.Write(last.Close);
            writer.Write(last.Volume);
            writer.Write(NonPositiveClose.GetValueOrDefault().DayNumber);
            IndicatorStateCodec.Write(writer, _indicators);
        }

        return buffer.ToArray();
    }

    /// <summary>A surface holding the state saved by <see cref="SaveState"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    /// <exception cref="InvalidDataException">The bytes are not a state of this format and surface.</exception>
    public static SnapshotIndicators RestoreState(byte[] state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var surface = new SnapshotIndicators();
        try
        {
            using var reader = new BinaryReader(new MemoryStream(state, false));
            if (reader.ReadString() != StateFormat || reader.ReadInt32() != surface.Outputs.Count)
            {
                throw new InvalidDataException($"Not a {StateFormat} indicator state.");
            }

            var hasLast = reader.ReadBoolean();
            var hasNonPositive = reader.ReadBoolean();
            var last = new Bar(DateOnly.FromDayNumber(reader.ReadInt32()), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble());
            var nonPositive = DateOnly.FromDayNumber(reader.ReadInt32());
            surface.LastBar = hasLast ? last : null;
            surface.NonPositiveClose = hasNonPositive ? nonPositive : null;
            IndicatorStateCodec.Read(reader, surface._indicators);
            if (reader.BaseStream.Position != state.Length)
            {
                throw new InvalidDataException("The indicator state has trailing bytes: another layout.");
            }
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The indicator state is truncated: another layout.", ex);
        }

        return surface;
    }

    /// <summary>Feeds one bar to every indicator (the volatility ones only while all closes are positive).</summary>
    /// <exception cref="ArgumentException">The bar's date does not follow the previous bar's.</exception>
    public void Update(Bar bar)
    {
        if (bar.Close <= 0d)
        {
            NonPositiveClose ??= bar.Date;
        }

        foreach (var indicator in _indicators)
        {
            if (NonPositiveClose is null || indicator is not HistoricalVolatility)
            {
                indicator.Update(bar);
            }
        }

        LastBar = bar;
    }

    private T Add<T>(T indicator)
        where T : BarIndicator
    {
        if (!_indicators.Contains(indicator))
        {
            _indicators.Add(indicator);
        }

        return indicator;
    }

    private SnapshotOutput Typed(string name, BarIndicator source, Func<double>? read = null) =>
        new(name, true, Add(source), read ?? (() => source.Current));

    private SnapshotOutput Extra(string name, BarIndicator source, Func<double>? read = null) =>
        new(name, false, Add(source), read ?? (() => source.Current));
}
