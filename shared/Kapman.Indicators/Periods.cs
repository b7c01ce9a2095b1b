namespace Kapman.Indicators;

/// <summary>Argument checks shared by the indicator constructors.</summary>
internal static class Periods
{
    /// <summary>Returns <paramref name="period"/> or throws when it is below <paramref name="minimum"/>.</summary>
    public static int Checked(int period, int minimum = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, minimum);
        return period;
    }
}
