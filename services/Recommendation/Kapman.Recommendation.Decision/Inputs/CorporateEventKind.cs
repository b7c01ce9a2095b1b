namespace Kapman.Recommendation.Decision.Inputs;

/// <summary>The corporate events stage G guards against.</summary>
public enum CorporateEventKind
{
    /// <summary>An earnings release (its session date).</summary>
    Earnings,

    /// <summary>An ex-dividend date.</summary>
    ExDividend,
}
