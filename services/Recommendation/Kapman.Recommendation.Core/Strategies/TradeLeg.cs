namespace Kapman.Recommendation.Core.Strategies;

/// <summary>One leg of a suggested trade, always a contract instance taken from the stored chain.</summary>
/// <param name="Contract">The listed contract (never constructed by the engine).</param>
/// <param name="Side">Bought or sold.</param>
/// <param name="Price">Mid price (bid + ask) / 2, $ per share: the limit the leg is priced at.</param>
public sealed record TradeLeg(ChainContract Contract, LegSide Side, double Price);
