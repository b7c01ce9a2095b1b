using System.Globalization;
using Kapman.Indicators;

namespace Kapman.Metrics.Core.Audit;

/// <summary>
/// A parsed <c>--indicator</c> argument: a TA-Lib function name with optional comma-separated parameters,
/// <c>NAME[:p1,p2,...]</c> (e.g. <c>MACD:12,26,9</c>, <c>BBANDS:20,2,2</c>, <c>OBV</c>). Missing trailing
/// parameters take TA-Lib's defaults.
/// </summary>
/// <param name="Function">The TA-Lib function.</param>
/// <param name="Parameters">The full parameter list (given values, then defaults).</param>
public sealed record IndicatorSpec(TaLibFunction Function, double[] Parameters)
{
    /// <summary>Parses a spec.</summary>
    /// <exception cref="FormatException">The text is malformed, the function unknown, a parameter not a number,
    /// or there are more parameters than the function takes.</exception>
    public static IndicatorSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split(':', 2);
        TaLibFunction function;
        try
        {
            function = TaLibFunctions.Get(parts[0].Trim());
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"Indicator '{text}': {ex.Message}", ex);
        }

        var given = parts.Length == 1 ? [] : parts[1].Split(',').Select(p => ParseNumber(text, p)).ToArray();
        if (given.Length > function.Defaults.Length)
        {
            throw new FormatException($"Indicator '{text}': {function.Name} takes at most {function.Defaults.Length} parameters.");
        }

        return new IndicatorSpec(function, [.. given, .. function.Defaults[given.Length..]]);
    }

    /// <summary>Column name of one output: <c>FUNCTION_params_output</c>, e.g. <c>MACD_12_26_9_macdsignal</c>, <c>OBV_real</c>.</summary>
    public string ColumnName(TaLibOutput output) =>
        string.Join('_', [Function.Name, .. Parameters.Select(p => p.ToString("R", CultureInfo.InvariantCulture)), output.Name]);

    /// <summary>Creates a fresh indicator for this spec.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range for the function.</exception>
    public BarIndicator CreateIndicator() => Function.Create(Parameters);

    private static double ParseNumber(string spec, string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new FormatException($"Indicator '{spec}': parameter '{text}' is not a number.");
}
