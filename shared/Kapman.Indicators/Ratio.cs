namespace Kapman.Indicators;

/// <summary>Division guards that keep indicator values finite on degenerate bars.</summary>
internal static class Ratio
{
    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, or <paramref name="fallback"/>
    /// when the denominator is 0 or the quotient is not finite.</summary>
    public static double Of(double numerator, double denominator, double fallback = 0d)
    {
        if (denominator == 0d)
        {
            return fallback;
        }

        var value = numerator / denominator;
        return double.IsFinite(value) ? value : fallback;
    }
}
