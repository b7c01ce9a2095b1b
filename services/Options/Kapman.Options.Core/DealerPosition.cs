namespace Kapman.Options.Core;

/// <summary>Values of <see cref="DealerPositioning.Position"/>, read from <see cref="DealerPositioning.Dgpi"/>.</summary>
public static class DealerPosition
{
    /// <summary>DGPI ≥ +<see cref="DealerPositioningCalculator.NeutralBand"/>: dealers' hedging damps moves.</summary>
    public const string LongGamma = "LONG_GAMMA";

    /// <summary>DGPI ≤ −<see cref="DealerPositioningCalculator.NeutralBand"/>: dealers' hedging amplifies moves.</summary>
    public const string ShortGamma = "SHORT_GAMMA";

    /// <summary>|DGPI| below the band, or no GEX at all.</summary>
    public const string Neutral = "NEUTRAL";
}
