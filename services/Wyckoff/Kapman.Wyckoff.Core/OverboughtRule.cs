namespace Kapman.Wyckoff.Core;

/// <summary>
/// BC signal 4, Overbought Indicators (docs/domain/wyckoff-scores.md#bc-overbought, seed 000 §11.2: "RSI &gt;70 AND Stochastic &gt;80"): on the session
/// bar RSI(14, Wilder) exceeds 70 and slow %K of STOCH(14, 3, 3) exceeds 80, both from Kapman.Indicators.
/// </summary>
internal static class OverboughtRule
{
    public const string Name = "Overbought";

    public static ScoreSignal Evaluate(BarSeries series, WyckoffParameters parameters)
    {
        var rsiName = $"RSI({parameters.RsiPeriod})";
        if (series.Rsi is not { } rsi || series.SlowK is not { } slowK)
        {
            return new ScoreSignal(Name, 0, parameters.BcSignalPoints,
                $"{rsiName} or slow %K not ready after {series.Bars.Count} bars");
        }

        var rsiHigh = rsi > parameters.OverboughtRsi;
        var stochasticHigh = slowK > parameters.OverboughtStochastic;
        return new ScoreSignal(Name, rsiHigh && stochasticHigh ? parameters.BcSignalPoints : 0, parameters.BcSignalPoints,
            $"{rsiName} {Text.Number(rsi)} ({Text.Above(rsiHigh, Text.Value(parameters.OverboughtRsi))}) and " +
            $"slow %K {Text.Number(slowK)} ({Text.Above(stochasticHigh, Text.Value(parameters.OverboughtStochastic))})");
    }
}
