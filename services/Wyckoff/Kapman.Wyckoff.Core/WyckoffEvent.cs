namespace Kapman.Wyckoff.Core;

/// <summary>A Wyckoff event detected on a bar (docs/domain/wyckoff-events-and-phases.md#event-list, seed 000 §5.2, §5.3).</summary>
/// <param name="Code">Event code: SC, AR, ST, SPRING, TEST, SOS, SOW or BC (docs/domain/wyckoff-events-and-phases.md#event-list, seed 000 §5.2).</param>
/// <param name="Date">Date of the bar on which the event became known.</param>
/// <param name="BarIndex">Index of the bar in the analysed history (0 = oldest).</param>
/// <param name="Confidence">0..1; see the rule's documentation for the formula.</param>
/// <param name="PriceLevel">The event's price, per rule: SC low, BC high, AR peak high, ST/TEST low, SPRING low, SOS resistance, SOW support.</param>
/// <param name="VolumeRatio">Per rule: volume / 20-bar mean, or for AR and ST the volume relative to the SC bar.</param>
/// <param name="Description">The event in words with the measured numbers.</param>
/// <param name="Measurements">The numbers that triggered it, named per rule (for example vol_ratio, tr_atr, close_pos, sma20_slope for SC and BC; tr_z, vol_z for SOS and SOW).</param>
public sealed record WyckoffEvent(
    string Code,
    DateOnly Date,
    int BarIndex,
    double Confidence,
    double PriceLevel,
    double VolumeRatio,
    string Description,
    IReadOnlyDictionary<string, double> Measurements);
