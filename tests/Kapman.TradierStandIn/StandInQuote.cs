namespace Kapman.TradierStandIn;

/// <summary>An equity or index quote the stand-in serves; prices in $ per share.</summary>
/// <param name="Symbol">Ticker.</param>
/// <param name="Bid">Bid.</param>
/// <param name="Ask">Ask.</param>
/// <param name="Last">Last trade.</param>
/// <param name="Volume">Session volume in shares.</param>
public sealed record StandInQuote(string Symbol, decimal Bid, decimal Ask, decimal Last, long Volume);
