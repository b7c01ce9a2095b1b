namespace Kapman.Ingestion.Core.CorporateActions;

/// <summary>What <see cref="SplitDetector.Classify"/> looks at for one ticker on one session.</summary>
/// <param name="PreviousClose">Close of the previous session, dollars per share.</param>
/// <param name="Open">Open of the session, dollars per share.</param>
/// <param name="Close">Close of the session, dollars per share.</param>
/// <param name="DollarVolume">The session's close × volume, dollars.</param>
/// <param name="MedianDollarVolume">Median close × volume of the prior sessions (up to <see cref="SplitDetector.VolumeLookback"/>), dollars.</param>
/// <param name="MedianShareVolume">Median volume of the same prior sessions, shares.</param>
public sealed record SplitEvidence(double PreviousClose, double Open, double Close, double DollarVolume, double MedianDollarVolume, double MedianShareVolume);
