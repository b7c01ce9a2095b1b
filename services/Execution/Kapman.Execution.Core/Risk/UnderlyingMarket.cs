namespace Kapman.Execution.Core.Risk;

/// <summary>
/// What the risk book knows of one underlying (docs/domain/risk-book.md#inputs).
/// </summary>
/// <param name="Underlying">Ticker.</param>
/// <param name="Spot">Spot, $ per share (the stored chain session's).</param>
/// <param name="DailyVolatility">σ of daily log returns (0.01 = 1 % a day), or null when too few bars are stored.</param>
/// <param name="Beta">Beta against the benchmark (SPY), or null when too few aligned bars are stored.</param>
public sealed record UnderlyingMarket(string Underlying, double Spot, double? DailyVolatility, double? Beta);
