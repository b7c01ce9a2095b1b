namespace Kapman.Ingestion.Apis;

/// <summary>A watchlist ticker with its latest stored bar; <paramref name="Status"/> is <c>ok</c>, or <c>no data</c> when no bar is stored.</summary>
public sealed record WatchlistEntryDto(string Ticker, string Status, DateOnly? LastSession, double? LastClose);
