namespace Kapman.Web.Clients;

/// <summary>Whether execution trades on paper or live (execution API <c>GET /trading-mode</c>).</summary>
/// <param name="Mode">PAPER or LIVE.</param>
/// <param name="Reason">Why this mode (e.g. which settings enabled live trading, or why it stayed on paper).</param>
public sealed record TradingModeStatus(string Mode, string? Reason);
