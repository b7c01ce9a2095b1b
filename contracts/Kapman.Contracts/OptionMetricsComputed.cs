namespace Kapman.Contracts;

/// <summary>Greeks, IV and dealer metrics (GEX, walls) of the session are stored in the <c>options</c> schema.</summary>
/// <param name="Underlyings">Underlyings with dealer metrics.</param>
public sealed record OptionMetricsComputed(Guid RunId, DateOnly SessionDate, int Underlyings, int SchemaVersion = 1) : IIntegrationEvent;
