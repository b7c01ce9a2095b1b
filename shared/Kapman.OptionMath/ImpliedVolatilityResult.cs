namespace Kapman.OptionMath;

/// <summary>The outcome of an implied-volatility solve: exactly one of the two members is non-null.</summary>
/// <param name="Volatility">The annualised implied volatility (0.20 = 20 %), or null when the solve failed.</param>
/// <param name="FailureReason">One of the <see cref="ImpliedVolatilityFailure"/> codes, or null on success.</param>
public sealed record ImpliedVolatilityResult(double? Volatility, string? FailureReason)
{
    /// <summary>A successful solve.</summary>
    public static ImpliedVolatilityResult Solved(double volatility) => new(volatility, null);

    /// <summary>A failed solve with its reason code.</summary>
    public static ImpliedVolatilityResult Failed(string reason) => new(null, reason);
}
