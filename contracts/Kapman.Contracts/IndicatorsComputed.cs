namespace Kapman.Contracts;

/// <summary>Technical indicators of the session are stored in <c>metrics.indicators</c>.</summary>
/// <param name="Tickers">Tickers with a stored indicator row for the session.</param>
public sealed record IndicatorsComputed(Guid RunId, DateOnly SessionDate, int Tickers, int SchemaVersion = 1) : IIntegrationEvent;
