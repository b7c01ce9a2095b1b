namespace Kapman.Wyckoff.Core.Features;

/// <summary>Measures <see cref="SignalFeatures"/> on the session bar of an analysed history. Pure.</summary>
internal static class SignalFeatureCalculator
{
    public static SignalFeatures Measure(BarSeries series, MarketSeries? market, DealerContext? dealer, WyckoffParameters parameters)
    {
        var excess = RelativeStrength.Returns(series, market, parameters.RelativeStrengthBars) is { } r ? r.Stock - r.Market : (double?)null;
        return new SignalFeatures(excess, market?.Name, Vsa(series, parameters.LookbackSessions), dealer is null ? null : DealerFeatures.From(dealer));
    }

    private static VolumeSpread Vsa(BarSeries series, int lookback)
    {
        var bar = series.Session;
        var prior = series.Bars.Skip(Math.Max(0, series.Last - lookback)).Take(Math.Min(lookback, series.Last)).ToList();
        var spread = bar.High - bar.Low;
        var meanSpread = prior.Count == 0 ? 0 : prior.Average(b => b.High - b.Low);
        var meanVolume = prior.Count == 0 ? 0 : prior.Average(b => b.Volume);
        double? spreadRatio = meanSpread > 0 ? spread / meanSpread : null;
        double? volumeRatio = meanVolume > 0 ? bar.Volume / meanVolume : null;
        var closePosition = spread > 0 ? (bar.Close - bar.Low) / spread : 0.5;
        double? effort = spreadRatio is > 0 and var s && volumeRatio is > 0 and var v ? Math.Log(s) - Math.Log(v) : null;
        return new VolumeSpread(spreadRatio, volumeRatio, closePosition, effort);
    }
}
