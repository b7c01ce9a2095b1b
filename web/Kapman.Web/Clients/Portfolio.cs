namespace Kapman.Web.Clients;

/// <summary>A portfolio (ingestion API <c>GET /portfolios</c>).</summary>
/// <param name="Id">Portfolio id.</param>
/// <param name="Name">Name, 1-100 characters, unique.</param>
/// <param name="Tickers">Its tickers with priority P1 or P2.</param>
public sealed record Portfolio(long Id, string Name, IReadOnlyList<PortfolioTicker> Tickers);
