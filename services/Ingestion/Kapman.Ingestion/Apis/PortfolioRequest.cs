namespace Kapman.Ingestion.Apis;

/// <summary>Body of <c>POST /portfolios</c> and <c>PUT /portfolios/{id}</c>: the name (1-100 characters).</summary>
public sealed record PortfolioRequest(string? Name);
