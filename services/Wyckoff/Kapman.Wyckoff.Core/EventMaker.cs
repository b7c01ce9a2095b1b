namespace Kapman.Wyckoff.Core;

/// <summary>Builds <see cref="WyckoffEvent"/>s for the rules, with confidence clamped to 0..1.</summary>
internal static class EventMaker
{
    public static WyckoffEvent Make(
        string code, BarSeries series, int index, double confidence, double priceLevel, double volumeRatio,
        string description, params (string Name, double Value)[] measurements) =>
        new(code, series.Bars[index].Date, index, Math.Clamp(confidence, 0, 1), priceLevel, volumeRatio, description,
            measurements.ToDictionary(m => m.Name, m => m.Value));

    /// <summary>clamp(<paramref name="value"/>, 0, 1).</summary>
    public static double Unit(double value) => Math.Clamp(value, 0, 1);

    /// <summary>Volume of bar <paramref name="index"/> / mean of the prior lookback bars; 0 without them.</summary>
    public static double VolumeRatio(BarSeries series, int index, WyckoffParameters parameters)
    {
        if (index < parameters.LookbackSessions)
        {
            return 0;
        }

        var mean = series.MeanVolumeBefore(index, parameters.LookbackSessions);
        return mean > 0 ? series.Bars[index].Volume / mean : 0;
    }
}
