namespace Kapman.Recommendation.Backtest.Engine;

/// <summary>Equity at one session's close: cash plus the open positions at their marks (mid), dollars.</summary>
/// <param name="Date">Session.</param>
/// <param name="Equity">Dollars.</param>
/// <param name="OpenPositions">Positions held after the session.</param>
public sealed record EquityPoint(DateOnly Date, double Equity, int OpenPositions);
