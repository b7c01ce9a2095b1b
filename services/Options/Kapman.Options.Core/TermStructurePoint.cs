namespace Kapman.Options.Core;

/// <summary>At-the-money implied volatility of one expiration.</summary>
/// <param name="Expiration">Expiration date.</param>
/// <param name="DaysToExpiry">Calendar days from the session to the expiration.</param>
/// <param name="AtmIv">IV at strike = spot, annualised decimal (see <see cref="VolatilityMetricsCalculator"/>).</param>
public sealed record TermStructurePoint(DateOnly Expiration, int DaysToExpiry, double AtmIv);
