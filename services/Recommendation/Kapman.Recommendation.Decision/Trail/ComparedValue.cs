using System.Globalization;

namespace Kapman.Recommendation.Decision.Trail;

/// <summary>One comparison a stage made: <c>Name: Actual Rule Limit</c>, e.g. <c>vix/vix3m: 0.87 &lt; 1</c>.</summary>
/// <param name="Name">What was compared, e.g. <c>SPY251010P00600000 spread/mid</c>.</param>
/// <param name="Actual">The observed value, or null when it was missing.</param>
/// <param name="Rule">The operator the stage required, e.g. <c>&lt;=</c>.</param>
/// <param name="Limit">The threshold, or null for an informational value.</param>
/// <param name="Passed">True when the comparison held.</param>
public readonly record struct ComparedValue(string Name, double? Actual, string Rule, double? Limit, bool Passed)
{
    /// <summary>
    /// A comparison: passes when <paramref name="actual"/> is a finite number satisfying <paramref name="rule"/> against
    /// <paramref name="limit"/>; a NaN or infinite value is stored as missing (null) and fails.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Unknown rule.</exception>
    public static ComparedValue Check(string name, double? actual, string rule, double limit) =>
        new(name, Finite(actual), rule, limit, Finite(actual) is { } a && rule switch
        {
            "<" => a < limit,
            "<=" => a <= limit,
            ">" => a > limit,
            ">=" => a >= limit,
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Use <, <=, > or >=."),
        });

    /// <summary>An informational value with no threshold (always passes).</summary>
    public static ComparedValue Info(string name, double? actual) => new(name, Finite(actual), "=", null, true);

    /// <inheritdoc />
    public override string ToString() =>
        Limit is { } limit
            ? $"{Name}: {Format(Actual)} {Rule} {Format(limit)} {(Passed ? "ok" : "FAIL")}"
            : $"{Name}: {Format(Actual)}";

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static string Format(double? value) => value is { } v ? v.ToString("G6", CultureInfo.InvariantCulture) : "missing";
}
