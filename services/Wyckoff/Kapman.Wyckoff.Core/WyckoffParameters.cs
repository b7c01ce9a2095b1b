namespace Kapman.Wyckoff.Core;

/// <summary>
/// Every threshold of the Wyckoff scores, events and decision rules (docs/domain/wyckoff-scores.md#parameters, seed 000 §5.2, §10.2, §11.2-11.4). A change of any threshold must come with a new
/// <see cref="ModelVersion"/>, which every output records.
/// Ratios are plain decimals (0.05 = 5 %); "fraction of the range" values are positions within the bar's
/// high-low range (0 = low, 1 = high).
/// </summary>
/// <param name="MinimumBars">Bars needed before any signal is scored.</param>
/// <param name="LookbackSessions">Prior sessions for average volume, prior highs and support, and the averages of the volume-spread features (20).</param>
/// <param name="BcSignalPoints">Points of each BC signal (7 signals, max 28).</param>
/// <param name="SpringSignalPoints">Points of each Spring signal (4 signals, max 12).</param>
/// <param name="ParabolicOneDayGain">Parabolic Price: one-day close-to-close gain must exceed this.</param>
/// <param name="ParabolicTwoDayGain">Parabolic Price: each of the last two daily gains must exceed this.</param>
/// <param name="VolumeExplosionRatio">Volume Explosion: volume / prior average must exceed this.</param>
/// <param name="WideRangeFraction">Wide Range Bars: (high − low) / close must exceed this.</param>
/// <param name="WideRangeCloseFraction">Wide Range Bars: close position must be at or below this.</param>
/// <param name="RsiPeriod">RSI period (Wilder).</param>
/// <param name="OverboughtRsi">Overbought: RSI must exceed this.</param>
/// <param name="StochasticFastKPeriod">Stochastic fast %K period.</param>
/// <param name="StochasticSlowKPeriod">Stochastic slow %K smoothing period.</param>
/// <param name="StochasticSlowDPeriod">Stochastic slow %D smoothing period.</param>
/// <param name="OverboughtStochastic">Overbought: slow %K must exceed this.</param>
/// <param name="HighFailureFraction">Behavior at Highs: (high − close) / high must be at least this.</param>
/// <param name="SpringBreakWindow">Spring: how many of the latest bars may hold the support break.</param>
/// <param name="SpringLowVolumeRatio">Low Volume: break-bar volume / prior average must be below this.</param>
/// <param name="SpringBullishCloseFraction">Bullish Close: session close position must exceed this.</param>
/// <param name="ClimaxVolumeRatio">SC/BC events: volume / prior average must exceed this.</param>
/// <param name="AtrPeriod">SC/BC events: ATR period (Wilder).</param>
/// <param name="ClimaxRangeAtrMultiple">SC/BC events: true range / ATR must be at least this.</param>
/// <param name="ClimaxCloseFraction">SC: close position at most this; BC: at least 1 − this.</param>
/// <param name="TrendSmaPeriod">SC/BC events: SMA period of the trend test.</param>
/// <param name="TrendLookbackBars">SC/BC events: the SMA now is compared with the SMA this many bars ago.</param>
/// <param name="ClimaxContextBars">SC/BC events: prior sessions over which the move a climax ends is measured (60, about a quarter).</param>
/// <param name="ClimaxMinDeclineAtr">SC: the decline from the highest close of the context window to the bar's low, in ATR(14) where the move started (<see cref="ClimaxContext"/>), at least this.</param>
/// <param name="ClimaxMinAdvanceAtr">BC: the advance from the lowest close of the context window to the bar's high, in ATR(14) where the move started (<see cref="ClimaxContext"/>), at least this.</param>
/// <param name="ExitBcScore">Signal EXIT and alert BC_EXIT at a BC score at or above this.</param>
/// <param name="PrepareBcScore">Signal PREPARE at a BC score at or above this.</param>
/// <param name="EntryMaxBcScore">Signal ENTRY only with a BC score below this.</param>
/// <param name="EntrySpringScore">Signal ENTRY and alert SPRING_ENTRY at a Spring score at or above this.</param>
/// <param name="ClimaxTrueRangeZ">SC/BC, benchmark path: tr_z at least this.</param>
/// <param name="ClimaxVolumeZ">SC/BC, benchmark path: vol_z at least this.</param>
/// <param name="ZScoreWindow">Bars before a bar over which tr_z and vol_z are measured (40, the predecessor benchmark).</param>
/// <param name="RangeMaxBars">A trading range opened by an SC is forgotten this many bars after the SC.</param>
/// <param name="ArWindowBars">AR: the rally peak must come within this many bars of the SC.</param>
/// <param name="ArMinRallyAtr">AR: rally from the climax low to the peak, in ATR(14) at the SC bar, at least this.</param>
/// <param name="StZoneFraction">ST: the low must come within this fraction of the SC-AR height above the climax low.</param>
/// <param name="SpringPenetration">SPRING: a low more than this fraction below support (0.01 = 1 %).</param>
/// <param name="SpringReentryBars">SPRING: the close must be back above support within this many bars of the break.</param>
/// <param name="SpringClosePosition">SPRING: close position of the re-entry bar at least this.</param>
/// <param name="SpringVolumeZ">SPRING: vol_z of the re-entry bar at least this.</param>
/// <param name="TestWindowBars">TEST: the retest must come within this many bars after the SPRING.</param>
/// <param name="TestZoneFraction">TEST: the low must be at most support × (1 + this) and above the spring low.</param>
/// <param name="BreakoutTrueRangeZ">SOS and SOW: tr_z at least this.</param>
/// <param name="BreakoutVolumeZ">SOS and SOW: vol_z at least this (high volume).</param>
/// <param name="DistributionWindowBars">Phase D: a BC within this many bars, with the close still below its high.</param>
/// <param name="TrendSlopeFull">Phases B, C, E: an SMA20 change over 5 bars of this fraction scores 1 (or 0 for C).</param>
/// <param name="TrendDeviationFull">Phases B, E: a close this fraction away from SMA20 gives confidence 1.</param>
/// <param name="SignalWindowBars">STRONG_ENTRY: the SPRING must lie within this many bars before the SOS.</param>
/// <param name="RelativeStrengthBars">Checklist step 4 and the relative-strength feature: sessions over which the ticker's return is compared with the market's.</param>
/// <param name="RangeExitBars">Phase A ends while this many latest closes in a row sit above the AR high (price has left the range upward).</param>
/// <param name="ModelVersion">Version stamped on every snapshot.</param>
public sealed record WyckoffParameters(
    int MinimumBars = 21,
    int LookbackSessions = 20,
    int BcSignalPoints = 4,
    int SpringSignalPoints = 3,
    double ParabolicOneDayGain = 0.05,
    double ParabolicTwoDayGain = 0.03,
    double VolumeExplosionRatio = 2.0,
    double WideRangeFraction = 0.04,
    double WideRangeCloseFraction = 0.30,
    int RsiPeriod = 14,
    double OverboughtRsi = 70,
    int StochasticFastKPeriod = 14,
    int StochasticSlowKPeriod = 3,
    int StochasticSlowDPeriod = 3,
    double OverboughtStochastic = 80,
    double HighFailureFraction = 0.02,
    int SpringBreakWindow = 3,
    double SpringLowVolumeRatio = 1.0,
    double SpringBullishCloseFraction = 0.5,
    double ClimaxVolumeRatio = 2.0,
    int AtrPeriod = 14,
    double ClimaxRangeAtrMultiple = 1.5,
    double ClimaxCloseFraction = 0.30,
    int TrendSmaPeriod = 20,
    int TrendLookbackBars = 5,
    int ClimaxContextBars = 60,
    double ClimaxMinDeclineAtr = 12,
    double ClimaxMinAdvanceAtr = 12,
    int ExitBcScore = 24,
    int PrepareBcScore = 20,
    int EntryMaxBcScore = 12,
    int EntrySpringScore = 9,
    double ClimaxTrueRangeZ = 2.0,
    double ClimaxVolumeZ = 2.0,
    int ZScoreWindow = 40,
    int RangeMaxBars = 120,
    int ArWindowBars = 20,
    double ArMinRallyAtr = 2.0,
    double StZoneFraction = 0.33,
    double SpringPenetration = 0.01,
    int SpringReentryBars = 2,
    double SpringClosePosition = 0.6,
    double SpringVolumeZ = 0.8,
    int TestWindowBars = 10,
    double TestZoneFraction = 0.03,
    double BreakoutTrueRangeZ = 1.5,
    double BreakoutVolumeZ = 1.0,
    int DistributionWindowBars = 60,
    double TrendSlopeFull = 0.02,
    double TrendDeviationFull = 0.05,
    int SignalWindowBars = 20,
    int RelativeStrengthBars = 20,
    int RangeExitBars = 3,
    string ModelVersion = "wyckoff-1.5.0")
{
    /// <summary>The defaults of docs/domain/wyckoff-scores.md#parameters (seed 000 §11.2-11.4).</summary>
    public static WyckoffParameters Default { get; } = new();
}
