namespace Kapman.Ingestion.Apis;

/// <summary>One daily bar as the API returns it: prices in dollars per share, volume in shares (split-adjusted when asked).</summary>
public sealed record BarDto(string Ticker, DateOnly SessionDate, double Open, double High, double Low, double Close, long Volume);
