namespace Kapman.Wyckoff.Core;

/// <summary>Forward close-to-close returns of a set of bars at one horizon.</summary>
/// <param name="Horizon">Sessions ahead.</param>
/// <param name="Count">Bars that had a close <paramref name="Horizon"/> sessions later.</param>
/// <param name="Median">Median return as a fraction (0.012 = 1.2 %); NaN when Count is 0.</param>
/// <param name="Mean">Mean return as a fraction; NaN when Count is 0.</param>
/// <param name="WinRate">Share of returns above 0, 0..1; NaN when Count is 0.</param>
public sealed record ForwardReturnStats(int Horizon, int Count, double Median, double Mean, double WinRate)
{
    /// <summary>The statistics of <paramref name="returns"/> (the list is sorted in place).</summary>
    public static ForwardReturnStats Of(int horizon, List<double> returns)
    {
        if (returns.Count == 0)
        {
            return new ForwardReturnStats(horizon, 0, double.NaN, double.NaN, double.NaN);
        }

        returns.Sort();
        var middle = returns.Count / 2;
        var median = returns.Count % 2 == 1 ? returns[middle] : (returns[middle - 1] + returns[middle]) / 2;
        return new ForwardReturnStats(horizon, returns.Count, median, returns.Average(), returns.Count(r => r > 0) / (double)returns.Count);
    }
}
