namespace Kapman.Recommendation.Core.Strategies;

/// <summary>A leg's |delta| target and the band it must lie in, all in 0..1 per share.</summary>
/// <param name="Min">Smallest accepted |delta|, inclusive.</param>
/// <param name="Target">The |delta| sought; the leg nearest to it wins.</param>
/// <param name="Max">Largest accepted |delta|, inclusive.</param>
public sealed record DeltaBand(double Min, double Target, double Max)
{
    /// <summary>True when <paramref name="absDelta"/> lies in [Min, Max].</summary>
    public bool Contains(double absDelta) => absDelta >= Min && absDelta <= Max;
}
