namespace Kapman.Execution.Apis;

/// <summary>The answer of <c>GET /trading-mode</c>: <paramref name="Mode"/> PAPER or LIVE, and why.</summary>
public sealed record TradingModeDto(string Mode, string Reason);
