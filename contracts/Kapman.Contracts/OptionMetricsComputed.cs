namespace Kapman.Contracts;

/// <summary>
/// Greeks, IV and dealer metrics (GEX, walls) of the session are stored by the Options service (read contract
/// <c>options_api</c>). Carries each stored underlying's dealer positioning (a watchlist's worth) for consumers that only
/// show it.
/// </summary>
/// <param name="Underlyings">Underlyings with dealer metrics.</param>
/// <param name="DealerMetrics">
/// The dealer positioning of each underlying stored by this run with a positive, finite spot and net GEX, in ordinal order
/// (version 2; null in a version-1 message).
/// </param>
public sealed record OptionMetricsComputed(
    Guid RunId, DateOnly SessionDate, int Underlyings, IReadOnlyList<UnderlyingDealerMetrics>? DealerMetrics, int SchemaVersion = 2) : IIntegrationEvent;
