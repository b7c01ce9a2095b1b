namespace Kapman.Wyckoff.Core;

/// <summary>
/// The numbers SOS and SOW test on bar i: tr_z and vol_z (40-bar z-scores of true range and volume),
/// close position, and the 20-bar resistance (highest high) and support (lowest low) before the bar.
/// </summary>
internal readonly record struct BreakoutMeasures(double TrueRangeZ, double VolumeZ, double ClosePosition, double Resistance, double Support)
{
    /// <summary>Null while the z-scores are not warm or with fewer than the lookback bars before it.</summary>
    public static BreakoutMeasures? Of(BarSeries series, int index, WyckoffParameters parameters)
    {
        if (index < parameters.LookbackSessions || series.TrueRangeZ(index) is not { } trueRangeZ ||
            series.VolumeZ(index) is not { } volumeZ)
        {
            return null;
        }

        return new BreakoutMeasures(
            trueRangeZ, volumeZ, BarSeries.ClosePosition(series.Bars[index]),
            series.HighestHighBefore(index, parameters.LookbackSessions), series.LowestLowBefore(index, parameters.LookbackSessions));
    }

    /// <summary>Both z-scores pass their thresholds.</summary>
    public bool IsWideAndHeavy(WyckoffParameters parameters) =>
        TrueRangeZ >= parameters.BreakoutTrueRangeZ && VolumeZ >= parameters.BreakoutVolumeZ;

    /// <summary>0.5 + 0.25 × clamp(tr_z / 1.5 − 1) + 0.25 × clamp(vol_z / 1 − 1), each 0..1.</summary>
    public double Confidence(WyckoffParameters parameters) =>
        0.5 + (0.25 * EventMaker.Unit((TrueRangeZ / parameters.BreakoutTrueRangeZ) - 1)) +
        (0.25 * EventMaker.Unit((VolumeZ / parameters.BreakoutVolumeZ) - 1));
}
