namespace Kapman.Web.Clients;

/// <summary>A portfolio ticker.</summary>
/// <param name="Ticker">Ticker, e.g. AAPL.</param>
/// <param name="Priority">P1 or P2.</param>
public sealed record PortfolioTicker(string Ticker, string Priority);
