namespace Kapman.Wyckoff.Core;

/// <summary>
/// BC signal 6, Behavior at Highs (docs/domain/wyckoff-scores.md#bc-behavior-at-highs, seed 000 §11.2: "New high but can't hold, closes 2%+ below"): the
/// session high exceeds the highest high of the 20 prior sessions but the close is at least 2 % below the
/// session high, i.e. (high − close) / high ≥ 0.02.
/// </summary>
internal static class BehaviorAtHighsRule
{
    public const string Name = "Behavior at Highs";

    public static ScoreSignal Evaluate(BarSeries series, WyckoffParameters parameters)
    {
        var lookback = parameters.LookbackSessions;
        var bar = series.Session;
        var priorHigh = series.HighestHighBefore(series.Last, lookback);
        var drop = (bar.High - bar.Close) / bar.High;
        var limit = Text.Limit(parameters.HighFailureFraction);
        if (bar.High <= priorHigh)
        {
            return new ScoreSignal(Name, 0, parameters.BcSignalPoints,
                $"no new high: high {Text.Number(bar.High)} not above the prior {lookback}-session high {Text.Number(priorHigh)}");
        }

        var failed = drop >= parameters.HighFailureFraction;
        return new ScoreSignal(Name, failed ? parameters.BcSignalPoints : 0, parameters.BcSignalPoints,
            $"new high {Text.Number(bar.High)} above the prior {lookback}-session high {Text.Number(priorHigh)}; " +
            $"close {Text.Number(bar.Close)} is {Text.Percent(drop)} below the high ({(failed ? ">=" : "<")} {limit})");
    }
}
