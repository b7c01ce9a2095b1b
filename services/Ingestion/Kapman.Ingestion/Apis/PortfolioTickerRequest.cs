namespace Kapman.Ingestion.Apis;

/// <summary>Body of <c>POST /portfolios/{id}/tickers</c>: the ticker and its priority, <c>P1</c> or <c>P2</c>.</summary>
public sealed record PortfolioTickerRequest(string? Ticker, string? Priority);
