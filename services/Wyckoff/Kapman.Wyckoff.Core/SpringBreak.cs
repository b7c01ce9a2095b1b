namespace Kapman.Wyckoff.Core;

/// <summary>
/// The bars of the Spring window (the last <see cref="WyckoffParameters.SpringBreakWindow"/>, after the AR)
/// whose lows broke the support of an open trading range.
/// </summary>
/// <param name="BarIndex">Index of the most recent break bar.</param>
/// <param name="FirstIndex">Index of the first break bar of the window.</param>
/// <param name="Support">The range's climax low (lowest low from the SC to the AR peak), price.</param>
/// <param name="PriorMeanVolume">Mean volume of the lookback bars before the first break bar, shares.</param>
/// <param name="HeaviestVolume">Highest volume among the break bars, shares.</param>
/// <param name="ScDate">Date of the range's selling climax, yyyy-MM-dd.</param>
internal sealed record SpringBreak(int BarIndex, int FirstIndex, double Support, double PriorMeanVolume, double HeaviestVolume, string ScDate);
