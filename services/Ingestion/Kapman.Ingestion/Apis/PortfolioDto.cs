namespace Kapman.Ingestion.Apis;

/// <summary>A portfolio and its tickers with their priority (<c>P1</c> or <c>P2</c>).</summary>
public sealed record PortfolioDto(long Id, string Name, IReadOnlyList<PortfolioTickerDto> Tickers);
