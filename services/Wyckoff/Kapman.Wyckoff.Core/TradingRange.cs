namespace Kapman.Wyckoff.Core;

/// <summary>
/// The accumulation range an SC opens, as the detector walks forward: the climax (SC bar, its volume and
/// ATR, and the climax low, which follows lower lows until the AR), the AR peak (the range's resistance),
/// and the SPRING and its TEST once they happen. Support is the climax low: the lowest low between the SC
/// and the AR peak, the predecessor benchmark's "lowest low between SC and AR".
/// </summary>
internal sealed class TradingRange(int scIndex, double scVolume, double scAtr, double climaxLow)
{
    public int ScIndex { get; } = scIndex;

    public double ScVolume { get; } = scVolume;

    /// <summary>ATR(14) at the SC bar, price.</summary>
    public double ScAtr { get; } = scAtr;

    /// <summary>Lowest low from the SC to the AR peak: the range's support, price.</summary>
    public double ClimaxLow { get; set; } = climaxLow;

    public int ClimaxLowIndex { get; set; } = scIndex;

    /// <summary>Bar on which the AR was confirmed; null before.</summary>
    public int? ArIndex { get; set; }

    /// <summary>High of the AR peak bar: the range's resistance, price.</summary>
    public double ArHigh { get; set; }

    public int? SpringIndex { get; set; }

    /// <summary>Lowest low of the spring's break bars, price.</summary>
    public double SpringLow { get; set; }

    /// <summary>Volume of the spring's re-entry bar, shares.</summary>
    public double SpringVolume { get; set; }

    public bool Tested { get; set; }
}
