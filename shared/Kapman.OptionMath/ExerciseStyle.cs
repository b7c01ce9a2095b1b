namespace Kapman.OptionMath;

/// <summary>When an option may be exercised.</summary>
public enum ExerciseStyle
{
    /// <summary>Only at expiry: priced with <see cref="BlackScholesMerton"/>.</summary>
    European,

    /// <summary>At any time up to expiry (listed U.S. equity options): priced with <see cref="AmericanBinomial"/>.</summary>
    American,
}
