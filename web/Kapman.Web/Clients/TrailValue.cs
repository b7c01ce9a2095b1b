using System.Globalization;

namespace Kapman.Web.Clients;

/// <summary>One comparison a gate made (recommendation API, <c>trail[].compared[]</c>): <c>Name: Actual Rule Limit</c>.</summary>
/// <param name="Name">What was compared.</param>
/// <param name="Actual">The observed value, or null when missing.</param>
/// <param name="Rule">The operator required (<c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>), or <c>=</c> for an informational value.</param>
/// <param name="Limit">The threshold, or null for an informational value.</param>
/// <param name="Passed">True when the comparison held.</param>
public sealed record TrailValue(string Name, double? Actual, string Rule, double? Limit, bool Passed)
{
    /// <summary>The comparison as text, e.g. <c>vix/vix3m: 0.82 &lt; 1</c>, or <c>pop: 0.71</c> for information; "missing" for a null value.</summary>
    public string Text => Limit is { } limit ? $"{Name}: {Format(Actual)} {Rule} {Format(limit)}" : $"{Name}: {Format(Actual)}";

    private static string Format(double? value) => value?.ToString("G6", CultureInfo.InvariantCulture) ?? "missing";
}
