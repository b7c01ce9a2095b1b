namespace Kapman.Recommendation.Core.Strategies;

/// <summary>
/// A directional call on the underlying only, for a ticker without a stored chain: scored by the outcome job,
/// never shown as tradable (no contract is named). Prices in $ per share.
/// </summary>
/// <param name="Direction">"LONG" or "SHORT".</param>
/// <param name="Confidence">p, the probability the direction is right, 0..1.</param>
/// <param name="Entry">The session's close (the reference; the outcome job enters at the next open).</param>
/// <param name="Stop">Entry × (1 ∓ UnderlyingStopFraction), against the direction.</param>
/// <param name="Target">Entry × (1 ± UnderlyingTargetFraction), with the direction.</param>
/// <param name="WindowEnd">Session + the middle of the long-option DTE window (60 calendar days by default): the evaluation window's end.</param>
public sealed record UnderlyingCall(string Direction, double Confidence, double Entry, double Stop, double Target, DateOnly WindowEnd)
{
    /// <summary>The call for <paramref name="intent"/>, or null when the intent is neutral.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Spot not positive and finite.</exception>
    public static UnderlyingCall? From(TradeIntent intent, double spot, DateOnly session, StrategyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!double.IsFinite(spot) || spot <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(spot), spot, "Spot must be positive and finite.");
        }

        if (intent.Direction is not (TradeDirections.Bullish or TradeDirections.Bearish))
        {
            return null;
        }

        var up = intent.Direction == TradeDirections.Bullish;
        return new UnderlyingCall(
            intent.Direction,
            intent.Confidence,
            spot,
            spot * (up ? 1 - parameters.UnderlyingStopFraction : 1 + parameters.UnderlyingStopFraction),
            spot * (up ? 1 + parameters.UnderlyingTargetFraction : 1 - parameters.UnderlyingTargetFraction),
            session.AddDays((int)parameters.LongWindow.Middle));
    }
}
