namespace Kapman.Recommendation.Core.Outcomes;

/// <summary>Lifecycle of an evaluated recommendation (docs/domain/recommendations.md#outcome-evaluation, seed 000 §9.2 <c>status</c>).</summary>
public static class OutcomeStatus
{
    /// <summary>Window still open, neither target nor stop hit.</summary>
    public const string Active = "active";

    /// <summary>Target or stop hit.</summary>
    public const string Closed = "closed";

    /// <summary>Window over without target or stop.</summary>
    public const string Expired = "expired";
}
