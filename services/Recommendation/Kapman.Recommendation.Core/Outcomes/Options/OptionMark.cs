namespace Kapman.Recommendation.Core.Outcomes.Options;

/// <summary>What a weekly re-mark sees on one session.</summary>
/// <param name="Session">The session marked (the weekly run's session, or the expiry when it has passed).</param>
/// <param name="Mids">Mid quote ((bid + ask) / 2, $ per share) by OCC symbol, from the stored chain of <paramref name="Session"/>; a leg
/// absent here has no usable quote.</param>
/// <param name="UnderlyingClose">The underlying's close on <paramref name="Session"/>, $ per share.</param>
public sealed record OptionMark(DateOnly Session, IReadOnlyDictionary<string, double> Mids, double UnderlyingClose);
