namespace Kapman.Wyckoff.Core;

/// <summary>A bar whose low broke support.</summary>
/// <param name="BarIndex">Index of the break bar.</param>
/// <param name="Support">Lowest low of the lookback bars before the break bar.</param>
/// <param name="PriorMeanVolume">Mean volume of the lookback bars before the break bar.</param>
internal sealed record SpringBreak(int BarIndex, double Support, double PriorMeanVolume);
