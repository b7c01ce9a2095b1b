namespace Kapman.Web.Clients;

/// <summary>A scenario's P&amp;L by full Black-Scholes repricing, dollars.</summary>
/// <param name="Name">e.g. "spot -5%" or "vol +5".</param>
/// <param name="Pnl">Dollars.</param>
public sealed record RiskScenarioPnl(string Name, decimal Pnl);
