namespace Kapman.Web.Clients;

/// <summary>A watchlist ticker with its latest stored bar (ingestion API <c>GET /watchlists/{name}</c>).</summary>
/// <param name="Ticker">Ticker, e.g. AAPL.</param>
/// <param name="Status"><c>ok</c>, or <c>no data</c> when no bar is stored for it.</param>
/// <param name="LastSession">Session of its latest stored bar, null without data.</param>
/// <param name="LastClose">Close of that bar in USD, null without data.</param>
public sealed record WatchlistEntry(string Ticker, string Status, DateOnly? LastSession, double? LastClose);
