namespace Kapman.Ingestion.Apis;

/// <summary>A portfolio ticker at priority <c>P1</c> or <c>P2</c>.</summary>
public sealed record PortfolioTickerDto(string Ticker, string Priority);
