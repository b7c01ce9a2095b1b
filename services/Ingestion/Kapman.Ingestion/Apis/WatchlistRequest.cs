namespace Kapman.Ingestion.Apis;

/// <summary>Body of <c>PUT /watchlists/{name}</c>: the watchlist's tickers (replaces them).</summary>
public sealed record WatchlistRequest(IReadOnlyList<string>? Tickers);
