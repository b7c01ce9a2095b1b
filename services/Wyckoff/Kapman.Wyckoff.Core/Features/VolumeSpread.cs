namespace Kapman.Wyckoff.Core.Features;

/// <summary>
/// Volume-spread analysis of one bar (Williams, "Master the Markets", 1993; Wyckoff's law of effort versus result): the bar's
/// spread and volume each relative to their averages over the prior <see cref="WyckoffParameters.LookbackSessions"/> (20)
/// sessions, and where it closed within its range.
/// </summary>
/// <param name="SpreadRatio">(high − low) / the mean (high − low) of the prior sessions; null when that mean is 0.</param>
/// <param name="VolumeRatio">Volume / the mean volume of the prior sessions; null when that mean is 0.</param>
/// <param name="ClosePosition">(close − low) / (high − low), 0 = closed on the low, 1 = on the high; 0.5 for a bar with no range.</param>
/// <param name="EffortResult">Effort versus result: ln(spread ratio) − ln(volume ratio). Below 0 the bar moved less than its
/// volume would carry (effort without result: absorption, the professional side taking the other side of the move); above 0
/// it moved further on less volume (result without effort: no opposition). Null when either ratio is missing or 0.</param>
public sealed record VolumeSpread(double? SpreadRatio, double? VolumeRatio, double ClosePosition, double? EffortResult);
