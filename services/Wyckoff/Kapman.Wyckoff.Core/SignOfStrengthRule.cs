namespace Kapman.Wyckoff.Core;

/// <summary>
/// Sign of Strength, SOS (docs/domain/wyckoff-events-and-phases.md#sos-sign-of-strength, seed 000 §5.2: "Breakout signal", detection "High volume rally, break
/// resistance"), with the predecessor benchmark's tr_z ≥ 1.5. Bar i is an SOS when it is an up bar
/// (close above the previous close) with tr_z ≥ 1.5 (<see cref="WyckoffParameters.BreakoutTrueRangeZ"/>),
/// vol_z ≥ 1 (<see cref="WyckoffParameters.BreakoutVolumeZ"/>: "high volume"), close in the upper half of
/// its range (close_pos ≥ 0.5) and a close above resistance, the highest high of the 20 bars before it.
/// A BC bar is reported as BC only. Price level: the resistance broken. Volume ratio: volume / 20-bar mean.
/// Confidence: see <see cref="BreakoutMeasures.Confidence"/>.
/// </summary>
internal static class SignOfStrengthRule
{
    public const string Code = "SOS";

    public static WyckoffEvent? Detect(BarSeries series, int index, WyckoffParameters parameters)
    {
        var bar = series.Bars[index];
        if (BreakoutMeasures.Of(series, index, parameters) is not { } m || !m.IsWideAndHeavy(parameters) ||
            bar.Close <= series.Bars[index - 1].Close || m.ClosePosition < 0.5 || bar.Close <= m.Resistance)
        {
            return null;
        }

        return EventMaker.Make(
            Code, series, index, m.Confidence(parameters), m.Resistance, EventMaker.VolumeRatio(series, index, parameters),
            $"Sign of strength: close {Text.Number(bar.Close)} above the {parameters.LookbackSessions}-bar resistance " +
            $"{Text.Number(m.Resistance)}, tr_z {Text.Number(m.TrueRangeZ)}, vol_z {Text.Number(m.VolumeZ)}",
            ("tr_z", m.TrueRangeZ), ("vol_z", m.VolumeZ), ("close_pos", m.ClosePosition), ("resistance", m.Resistance));
    }
}
