namespace Kapman.Indicators.Tests.TestData;

/// <summary>
/// Every indicator of the surface with its default parameters and its expected warm-up (TA-Lib lookback + 1,
/// or the reference's own first value, worked out from the definition, not read from the code).
/// </summary>
internal static class AllIndicators
{
    public static readonly (string Name, Func<BarIndicator> Create, int WarmUp)[] Defaults =
    [
        ("SMA(20)", () => new SimpleMovingAverage(20), 20),
        ("EMA(12)", () => new ExponentialMovingAverage(12), 12),
        ("RSI(14)", () => new RelativeStrengthIndex(), 15),
        ("ATR(14)", () => new AverageTrueRange(), 15),
        ("TRANGE", () => new TrueRange(), 2),
        ("STOCH(14,3,3)", () => new Stochastic(), 18),
        ("OBV", () => new OnBalanceVolume(), 1),
        ("RVOL(20)", () => new RelativeVolume(), 21),
        ("HV(20)", () => new HistoricalVolatility(), 21),
        ("MACD(12,26,9)", () => new Macd(), 34),
        ("STOCHRSI(14,5,3)", () => new StochasticRsi(), 21),
        ("PPO(12,26)", () => new PercentagePriceOscillator(), 26),
        ("PVO(12,26,9)", () => new PercentageVolumeOscillator(), 34),
        ("ROC(10)", () => new RateOfChange(), 11),
        ("TSI(25,13)", () => new TrueStrengthIndex(), 38),
        ("ULTOSC(7,14,28)", () => new UltimateOscillator(), 29),
        ("WILLR(14)", () => new WilliamsPercentR(), 14),
        ("AO(5,34)", () => new AwesomeOscillator(), 34),
        ("KAMA(30)", () => new KaufmanAdaptiveMovingAverage(), 31),
        ("WMA(30)", () => new WeightedMovingAverage(), 30),
        ("ADX(14)", () => new AverageDirectionalIndex(), 28),
        ("AROON(14)", () => new Aroon(), 15),
        ("CCI(20)", () => new CommodityChannelIndex(), 20),
        ("DPO(20)", () => new DetrendedPriceOscillator(), 20),
        ("ICHIMOKU(9,26,52)", () => new Ichimoku(), 52),
        ("KST", () => new KnowSureThing(), 53),
        ("MASS(9,25)", () => new MassIndex(), 41),
        ("SAR(0.02,0.2)", () => new ParabolicSar(), 2),
        ("STC(23,50,10)", () => new SchaffTrendCycle(), 68),
        ("TRIX(30)", () => new Trix(), 89),
        ("VORTEX(14)", () => new Vortex(), 15),
        ("NATR(14)", () => new NormalizedAverageTrueRange(), 15),
        ("BBANDS(20,2,2)", () => new BollingerBands(), 20),
        ("DONCHIAN(20)", () => new DonchianChannel(), 20),
        ("KELTNER(20,10,2)", () => new KeltnerChannel(), 20),
        ("ULCER(14)", () => new UlcerIndex(), 27),
        ("AD", () => new AccumulationDistribution(), 1),
        ("CMF(20)", () => new ChaikinMoneyFlow(), 20),
        ("EMV(14)", () => new EaseOfMovement(), 15),
        ("FORCE(13)", () => new ForceIndex(), 14),
        ("MFI(14)", () => new MoneyFlowIndex(), 15),
        ("NVI", () => new NegativeVolumeIndex(), 1),
        ("VPT", () => new VolumePriceTrend(), 1),
        ("VWAP(20)", () => new RollingVwap(), 20),
        ("RETURN(Daily)", () => new Returns(ReturnKind.Daily), 2),
        ("RETURN(Log)", () => new Returns(ReturnKind.Log), 2),
        ("RETURN(Cumulative)", () => new Returns(ReturnKind.Cumulative), 1),
    ];
}
