namespace Kapman.Wyckoff.Core;

/// <summary>
/// Rolling z-score of a value against the <c>window</c> values before it (the bar itself is excluded, so a
/// spike does not inflate its own baseline): z_i = (x_i − mean) / sd, with mean and population standard
/// deviation of x_{i−window} .. x_{i−1}. Null when any of those values or x_i is missing, or sd is 0.
/// </summary>
internal static class RollingZScore
{
    public static double?[] Of(IReadOnlyList<double?> values, int window)
    {
        var result = new double?[values.Count];
        for (var i = window; i < values.Count; i++)
        {
            if (values[i] is not { } x)
            {
                continue;
            }

            if (Window(values, i - window, i) is not { } previous)
            {
                continue;
            }

            var mean = previous.Average();
            var variance = previous.Sum(v => (v - mean) * (v - mean)) / window;
            if (variance > 0)
            {
                result[i] = (x - mean) / Math.Sqrt(variance);
            }
        }

        return result;
    }

    private static double[]? Window(IReadOnlyList<double?> values, int from, int to)
    {
        var window = new double[to - from];
        for (var k = from; k < to; k++)
        {
            if (values[k] is not { } v)
            {
                return null;
            }

            window[k - from] = v;
        }

        return window;
    }
}
