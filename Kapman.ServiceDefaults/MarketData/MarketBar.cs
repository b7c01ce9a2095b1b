namespace Kapman.ServiceDefaults.MarketData;

/// <summary>One row of the base market-data layer (<c>market.daily_bars</c>); prices in dollars per share, volume in shares.</summary>
public sealed record MarketBar(string Ticker, DateOnly SessionDate, double Open, double High, double Low, double Close, long Volume);
