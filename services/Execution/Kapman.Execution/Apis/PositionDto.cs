namespace Kapman.Execution.Apis;

/// <summary>
/// A position group in <c>GET /positions</c>. Money in dollars for the whole position (× 100 per contract). <paramref name="MarkPrice"/>
/// is the group's net mark per share of one combo unit (Σ signed contracts × mid ÷ units), from the latest stored chain
/// (<c>stored-chain</c>), or null with <c>none</c> when a leg has no stored quote (then the unrealised P&amp;L counts only marked legs).
/// Net greeks are share-equivalents (Σ greek per share × signed contracts × 100): delta from the stored chain; gamma, theta (per day) and
/// vega (per volatility point) from Black-Scholes-Merton at the volatility implied by the stored mid (a model, not quoted values).
/// </summary>
public sealed record PositionDto(
    string PositionId, string Ticker, string Strategy, IReadOnlyList<PositionLegDto> Legs, decimal? MarkPrice, string MarkSource, DateOnly? MarkAsOf,
    decimal UnrealizedPnl, decimal RealizedPnl, double NetDelta, double NetGamma, double NetTheta, double NetVega, bool Simulated);
