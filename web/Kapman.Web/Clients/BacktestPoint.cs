namespace Kapman.Web.Clients;

/// <summary>One session of a run's equity series: marked equity (dollars), drawdown below the running peak (fraction 0..1), positions held.</summary>
public sealed record BacktestPoint(DateOnly Date, double Equity, double Drawdown, int OpenPositions);
