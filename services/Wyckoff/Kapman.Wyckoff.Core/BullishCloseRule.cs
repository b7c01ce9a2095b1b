namespace Kapman.Wyckoff.Core;

/// <summary>
/// Spring signal 4, Bullish Close (docs/domain/wyckoff-scores.md#spring-bullish-close, seed 000 §11.3: "Closes in upper half of range"): after a support break,
/// the session close position (close − low) / (high − low) is above 0.5.
/// </summary>
internal static class BullishCloseRule
{
    public const string Name = "Bullish Close";

    public static ScoreSignal Evaluate(SpringBreak? springBreak, string absent, BarSeries series, WyckoffParameters parameters)
    {
        if (springBreak is null)
        {
            return new ScoreSignal(Name, 0, parameters.SpringSignalPoints, absent);
        }

        var position = BarSeries.ClosePosition(series.Session);
        var bullish = position > parameters.SpringBullishCloseFraction;
        return new ScoreSignal(Name, bullish ? parameters.SpringSignalPoints : 0, parameters.SpringSignalPoints,
            $"session close at {Text.Percent(position)} of its range " +
            $"({Text.Above(bullish, Text.Limit(parameters.SpringBullishCloseFraction))})");
    }
}
