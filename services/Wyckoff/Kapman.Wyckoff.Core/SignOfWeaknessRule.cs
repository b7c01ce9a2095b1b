namespace Kapman.Wyckoff.Core;

/// <summary>
/// Sign of Weakness, SOW (docs/domain/wyckoff-events-and-phases.md#sow-sign-of-weakness, seed 000 §5.2: "Breakdown signal", detection "High volume drop, break support"),
/// the mirror of <see cref="SignOfStrengthRule"/>: a down bar (close below the previous close) with
/// tr_z ≥ 1.5, vol_z ≥ 1, close in the lower half of its range (close_pos ≤ 0.5) and a close below
/// support, the lowest low of the 20 bars before it. An SC bar is reported as SC only. Price level: the
/// support broken. Volume ratio: volume / 20-bar mean. Confidence: see <see cref="BreakoutMeasures.Confidence"/>.
/// </summary>
internal static class SignOfWeaknessRule
{
    public const string Code = "SOW";

    public static WyckoffEvent? Detect(BarSeries series, int index, WyckoffParameters parameters)
    {
        var bar = series.Bars[index];
        if (BreakoutMeasures.Of(series, index, parameters) is not { } m || !m.IsWideAndHeavy(parameters) ||
            bar.Close >= series.Bars[index - 1].Close || m.ClosePosition > 0.5 || bar.Close >= m.Support)
        {
            return null;
        }

        return EventMaker.Make(
            Code, series, index, m.Confidence(parameters), m.Support, EventMaker.VolumeRatio(series, index, parameters),
            $"Sign of weakness: close {Text.Number(bar.Close)} below the {parameters.LookbackSessions}-bar support " +
            $"{Text.Number(m.Support)}, tr_z {Text.Number(m.TrueRangeZ)}, vol_z {Text.Number(m.VolumeZ)}",
            ("tr_z", m.TrueRangeZ), ("vol_z", m.VolumeZ), ("close_pos", m.ClosePosition), ("support", m.Support));
    }
}
