using Kapman.MarketData;

namespace Kapman.Recommendation.Backtest.Engine;

/// <summary>One leg of a backtest position: a contract and its signed quantity per unit (−1 sold, +1 bought).</summary>
/// <param name="OccSymbol">OCC symbol.</param>
/// <param name="Right">Call or put.</param>
/// <param name="Strike">$ per share.</param>
/// <param name="Expiration">Expiration date.</param>
/// <param name="Quantity">Signed contracts per unit.</param>
public sealed record PositionLeg(string OccSymbol, OptionRight Right, double Strike, DateOnly Expiration, int Quantity);
