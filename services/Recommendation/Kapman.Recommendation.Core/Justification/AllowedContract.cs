namespace Kapman.Recommendation.Core.Justification;

/// <summary>A contract the justification may name: one leg of the plan, taken from the stored chain.</summary>
/// <param name="OccSymbol">OCC symbol.</param>
/// <param name="Expiration">Expiry date.</param>
/// <param name="Strike">Strike, $ per share.</param>
/// <param name="Right">"call" or "put".</param>
/// <param name="Side">"BUY" or "SELL".</param>
/// <param name="Price">Mid price the leg is suggested at, $ per share.</param>
public sealed record AllowedContract(string OccSymbol, DateOnly Expiration, double Strike, string Right, string Side, double Price);
