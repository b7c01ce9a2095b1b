namespace Kapman.Recommendation.Core.Calibration;

/// <summary>
/// Whether a calibrated forecast beats a reference (the base rate) on the same holdout calls by more than the holdout's
/// noise and by a gain that matters: a one-sided paired test of equal Brier (Diebold and Mariano 1995, squared-error loss,
/// horizon 1) with a stated margin. Per call d = (r − o)² − (p − o)², p the forecast, r the reference, o = 1 when the call
/// was right; the mean gain d̄ has the standard error s / √n (s the sample standard deviation of d, n − 1 in the
/// denominator), and the forecast has an edge only when the lower bound d̄ − z·s / √n is above the margin. The test alone
/// is blind to scale: a fit that is the base rate up to rounding (a constant rule confidence, nudged by the fit's ridge)
/// differs from it by the same tiny amount on every call, so its t-statistic can be large while its gain is 1e-7 of Brier.
/// The margin (<see cref="CalibrationSettings.MinimumGain"/>) is the smallest gain worth a curve. So a tie never keeps a
/// curve, and neither does a gain the holdout cannot tell from chance at the one-sided level z stands for (1.645: 5 %). The
/// calls of one signal resolve on overlapping windows, so d is autocorrelated and the true standard error is larger: the
/// test leans towards an edge, never against it. Pure.
/// </summary>
public static class HoldoutEdgeTest
{
    /// <summary>The test of <paramref name="forecast"/> against <paramref name="reference"/> (same calls, same order).</summary>
    /// <param name="forecast">(probability, outcome) of the calibrated forecast on each holdout call.</param>
    /// <param name="reference">(probability, outcome) of the reference on the same calls.</param>
    /// <param name="z">One-sided normal quantile of the test (1.645 for 5 %); 0 keeps any mean gain above the margin.</param>
    /// <param name="minimumGain">The margin: the lower bound must exceed this mean Brier gain (0: any significant gain).</param>
    /// <returns>Mean Briers, the gain's lower bound (null with fewer than 2 calls) and the verdict (false with fewer than 2 calls).</returns>
    /// <exception cref="ArgumentException">The lists differ in length or in an outcome.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="z"/> or <paramref name="minimumGain"/> is negative or not finite.</exception>
    public static HoldoutEdge Compare(
        IReadOnlyList<(double P, bool O)> forecast, IReadOnlyList<(double P, bool O)> reference, double z, double minimumGain)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(reference);
        if (!(z >= 0 && double.IsFinite(z)))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "z must be finite and at least 0.");
        }

        if (!(minimumGain >= 0 && double.IsFinite(minimumGain)))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumGain), minimumGain, "The margin must be finite and at least 0.");
        }

        if (forecast.Count != reference.Count || forecast.Where((f, i) => f.O != reference[i].O).Any())
        {
            throw new ArgumentException("The forecast and the reference must score the same calls.", nameof(reference));
        }

        var n = forecast.Count;
        if (n == 0)
        {
            return new HoldoutEdge(double.NaN, double.NaN, null, false);
        }

        var gains = forecast.Select((f, i) => Brier(reference[i]) - Brier(f)).ToList();
        var brier = forecast.Average(Brier);
        var referenceBrier = reference.Average(Brier);
        if (n < 2)
        {
            return new HoldoutEdge(brier, referenceBrier, null, false);
        }

        var mean = gains.Average();
        var sd = Math.Sqrt(gains.Sum(g => (g - mean) * (g - mean)) / (n - 1));
        var lower = mean - (z * sd / Math.Sqrt(n));
        return new HoldoutEdge(brier, referenceBrier, lower, lower > minimumGain);
    }

    private static double Brier((double P, bool O) call) => Math.Pow(call.P - (call.O ? 1 : 0), 2);
}
