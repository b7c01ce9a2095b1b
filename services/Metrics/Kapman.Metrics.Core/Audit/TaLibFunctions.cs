using Kapman.Indicators;

namespace Kapman.Metrics.Core.Audit;

/// <summary>
/// The TA-Lib functions of the offline calculator, with TA-Lib's parameter order, defaults and output names
/// (as in TA-Lib's abstract API: <c>real</c> for single outputs). MACD seeds its fast EMA from its own first
/// closes (see <see cref="Macd"/>), so its first values differ slightly from TA-Lib's until the seed washes out.
/// </summary>
public static class TaLibFunctions
{
    private static readonly TaLibOutput[] Real = [new("real", Current)];

    private static readonly Dictionary<string, TaLibFunction> Catalog = new TaLibFunction[]
    {
        Single("SMA", [30], p => new SimpleMovingAverage(I(p[0]))),
        Single("EMA", [30], p => new ExponentialMovingAverage(I(p[0]))),
        Single("WMA", [30], p => new WeightedMovingAverage(I(p[0]))),
        Single("KAMA", [30], p => new KaufmanAdaptiveMovingAverage(I(p[0]))),
        Single("TRIX", [30], p => new Trix(I(p[0]))),
        Single("RSI", [14], p => new RelativeStrengthIndex(I(p[0]))),
        Single("ROC", [10], p => new RateOfChange(I(p[0]))),
        Single("WILLR", [14], p => new WilliamsPercentR(I(p[0]))),
        Single("CCI", [14], p => new CommodityChannelIndex(I(p[0]))),
        Single("MFI", [14], p => new MoneyFlowIndex(I(p[0]))),
        Single("ADX", [14], p => new AverageDirectionalIndex(I(p[0]))),
        Single("ATR", [14], p => new AverageTrueRange(I(p[0]))),
        Single("NATR", [14], p => new NormalizedAverageTrueRange(I(p[0]))),
        Single("TRANGE", [], _ => new TrueRange()),
        Single("OBV", [], _ => new OnBalanceVolume()),
        Single("AD", [], _ => new AccumulationDistribution()),
        Single("ULTOSC", [7, 14, 28], p => new UltimateOscillator(I(p[0]), I(p[1]), I(p[2]))),
        Single("PPO", [12, 26], p => new PercentagePriceOscillator(I(p[0]), I(p[1]))),
        Single("SAR", [0.02, 0.2], p => new ParabolicSar(p[0], p[1])),
        Single("AROONOSC", [14], p => new Aroon(I(p[0]))),
        new("PLUS_DI", [14], p => new AverageDirectionalIndex(I(p[0])), [new("real", i => ((AverageDirectionalIndex)i).DiIsReady ? ((AverageDirectionalIndex)i).PlusDi : null)]),
        new("MINUS_DI", [14], p => new AverageDirectionalIndex(I(p[0])), [new("real", i => ((AverageDirectionalIndex)i).DiIsReady ? ((AverageDirectionalIndex)i).MinusDi : null)]),
        new("MACD", [12, 26, 9], p => new Macd(I(p[0]), I(p[1]), I(p[2])), [new("macd", When<Macd>(m => m.Line)), new("macdsignal", When<Macd>(m => m.Signal)), new("macdhist", When<Macd>(m => m.Histogram))]),
        new("STOCH", [5, 3, 3], p => new Stochastic(I(p[0]), I(p[1]), I(p[2])), [new("slowk", When<Stochastic>(s => s.SlowK)), new("slowd", When<Stochastic>(s => s.SlowD))]),
        new("STOCHRSI", [14, 5, 3], p => new StochasticRsi(I(p[0]), I(p[1]), I(p[2])), [new("fastk", When<StochasticRsi>(s => s.FastK)), new("fastd", When<StochasticRsi>(s => s.FastD))]),
        new("BBANDS", [5, 2, 2], p => new BollingerBands(I(p[0]), p[1], p[2]), [new("upperband", When<BollingerBands>(b => b.Upper)), new("middleband", When<BollingerBands>(b => b.Middle)), new("lowerband", When<BollingerBands>(b => b.Lower))]),
        new("AROON", [14], p => new Aroon(I(p[0])), [new("aroondown", When<Aroon>(a => a.Down)), new("aroonup", When<Aroon>(a => a.Up))]),
    }.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Supported function names, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Catalog.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Looks a function up by its TA-Lib name (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The function is not supported.</exception>
    public static TaLibFunction Get(string name) =>
        Catalog.TryGetValue(name, out var function)
            ? function
            : throw new ArgumentException($"Unknown TA-Lib function '{name}'. Supported: {string.Join(", ", Names)}.", nameof(name));

    private static TaLibFunction Single(string name, double[] defaults, Func<double[], BarIndicator> create) => new(name, defaults, create, Real);

    private static double? Current(BarIndicator indicator) => indicator.IsReady ? indicator.Current : null;

    private static Func<BarIndicator, double?> When<T>(Func<T, double> read)
        where T : BarIndicator => indicator => indicator.IsReady ? read((T)indicator) : null;

    private static int I(double value) =>
        value == Math.Floor(value) && value is >= 1 and <= 100_000
            ? (int)value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "A period must be a whole number from 1 to 100000.");
}
