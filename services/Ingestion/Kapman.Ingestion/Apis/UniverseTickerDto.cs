namespace Kapman.Ingestion.Apis;

/// <summary>A ticker of the universe: first and last session with a stored bar, and whether it traded in the newest stored session.</summary>
public sealed record UniverseTickerDto(string Ticker, DateOnly FirstSeen, DateOnly LastSeen, bool Active);
