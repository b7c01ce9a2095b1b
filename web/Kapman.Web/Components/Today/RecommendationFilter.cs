using Kapman.Web.Clients;

namespace Kapman.Web.Components.Today;

/// <summary>
/// The Today page's recommendation filters (query <c>?strategy=LONG_PUT&amp;direction=BEARISH&amp;minConfidence=0.6</c>);
/// an empty or absent value does not filter.
/// </summary>
/// <param name="Strategy">Exact strategy name, e.g. LONG_CALL; null for any.</param>
/// <param name="Direction">Exact direction, BULLISH or BEARISH; null for any.</param>
/// <param name="MinConfidence">Lowest confidence kept (inclusive, same scale as the API's 0-1); null for any.</param>
public sealed record RecommendationFilter(string? Strategy, string? Direction, decimal? MinConfidence)
{
    /// <summary>True when at least one filter is set.</summary>
    public bool IsActive => Strategy is not null || Direction is not null || MinConfidence is not null;

    /// <summary>Builds a filter from raw query values; blanks become null and an unreadable number is ignored.</summary>
    public static RecommendationFilter FromQuery(string? strategy, string? direction, string? minConfidence) => new(
        string.IsNullOrWhiteSpace(strategy) ? null : strategy.Trim(),
        string.IsNullOrWhiteSpace(direction) ? null : direction.Trim(),
        decimal.TryParse(minConfidence, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null);

    /// <summary>True when <paramref name="recommendation"/> passes every filter that is set.</summary>
    public bool Matches(Recommendation recommendation) =>
        (Strategy is null || string.Equals(recommendation.Strategy, Strategy, StringComparison.Ordinal))
        && (Direction is null || string.Equals(recommendation.Direction, Direction, StringComparison.Ordinal))
        && (MinConfidence is null || recommendation.Confidence >= MinConfidence);
}
