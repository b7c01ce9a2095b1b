namespace Kapman.Recommendation.Core.Strategies;

/// <summary>Calendar days to expiry accepted for a strategy, both ends inclusive; the expiry nearest the middle is taken.</summary>
public sealed record DteWindow(int Min, int Max)
{
    /// <summary>(Min + Max) / 2, days.</summary>
    public double Middle => (Min + Max) / 2.0;
}
