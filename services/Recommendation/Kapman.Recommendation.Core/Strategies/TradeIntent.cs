namespace Kapman.Recommendation.Core.Strategies;

/// <summary>What <see cref="StrategySelector"/> decided before any contract is looked at.</summary>
/// <param name="Direction">See <see cref="TradeDirections"/>.</param>
/// <param name="Action">See <see cref="TradeActions"/>.</param>
/// <param name="Strategy">See <see cref="StrategyCodes"/>, or null for HOLD.</param>
/// <param name="Structure">The leg structure: the strategy code, or one of the four vertical structures; null for HOLD.</param>
/// <param name="Confidence">0..1: the probability the direction is right.</param>
/// <param name="Basis">Which rule fired, with the scores, in words (or the reason for HOLD).</param>
/// <param name="Trigger">
/// The triggering event or rule, the key accuracy is aggregated by (see <see cref="Triggers"/>); null when nothing fired.
/// </param>
public sealed record TradeIntent(string Direction, string Action, string? Strategy, string? Structure, double Confidence, string Basis, string? Trigger = null);
