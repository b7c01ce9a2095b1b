namespace Kapman.Wyckoff.Core;

/// <summary>A Wyckoff event detected on a bar (seed 000 §5.2, §5.3).</summary>
/// <param name="Code">Event code: <c>SC</c> (selling climax) or <c>BC</c> (buying climax).</param>
/// <param name="Date">Date of the bar.</param>
/// <param name="BarIndex">Index of the bar in the analysed history (0 = oldest).</param>
/// <param name="Confidence">0..1; see the rule's documentation for the formula.</param>
/// <param name="PriceLevel">The climax price: the bar's low for SC, its high for BC.</param>
/// <param name="VolumeRatio">Volume / mean volume of the prior sessions.</param>
/// <param name="Description">The event in words with the measured numbers.</param>
/// <param name="Measurements">The measured numbers: vol_ratio, tr_atr, close_pos, sma20_slope.</param>
public sealed record WyckoffEvent(
    string Code,
    DateOnly Date,
    int BarIndex,
    double Confidence,
    double PriceLevel,
    double VolumeRatio,
    string Description,
    IReadOnlyDictionary<string, double> Measurements);
