using System.Globalization;
using System.Text.RegularExpressions;

namespace Kapman.LanguageModels.FactChecking;

/// <summary>
/// Finds what a model's text names outside its facts (docs/domain/recommendations.md#justification, seed 000 FR-006: zero
/// hallucinated strikes; seed 004 §7: commentary from stored facts only). The same patterns check a trade justification
/// (Recommendation) and a market report (Notification).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>OCC symbol: <c>ROOT yyMMdd C|P strike×1000 (8 digits)</c>, e.g. SPY251024C00650000, must be one of the facts';</item>
/// <item>date: <c>yyyy-MM-dd</c> must be one of the facts';</item>
/// <item>strike: a number written as a strike ("650 strike", "strike 650", "$650 call", "650C") must be a fact's strike;</item>
/// <item>ticker: an upper-case word of 2-6 letters (or <c>$</c> and 1-6 letters) that is not a fact's ticker or label, nor a
/// <see cref="FactSet.CommonWords"/> word;</item>
/// <item>number: any other number (commas as thousands separators, an optional K/M/B/million/billion scale, or %) must be a rounding of
/// a fact's number to the decimals written: |fact| within half a unit of the last written digit (a percentage also matches
/// fact × 100, so 0.72 may be written 72%). Signs are ignored ("net GEX -1.2B" and "a negative 1.2B" state the same number).</item>
/// </list>
/// </remarks>
public static partial class TextFactChecker
{
    /// <summary>Every reason <paramref name="text"/> is not backed by <paramref name="facts"/> (empty when it is), in the order above.</summary>
    public static IReadOnlyList<string> Check(string text, FactSet facts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(facts);
        var reasons = new List<string>();
        reasons.AddRange(OccPattern().Matches(text).Where(m => !facts.Symbols.Contains(m.Value)).Select(m => $"names symbol {m.Value} that is not in the facts").Distinct());
        reasons.AddRange(DatePattern().Matches(text).Where(m => !IsDate(m.Value, facts.Dates)).Select(m => $"names date {m.Value} that is not in the facts").Distinct());
        reasons.AddRange(Strikes(text).Where(s => !IsOneOf(s, facts.Strikes)).Select(s => $"names strike {s} that is not in the facts").Distinct());
        reasons.AddRange(TickerPattern().Matches(text).Select(m => m.Value.TrimStart('$'))
            .Where(w => !facts.Tickers.Contains(w) && !facts.Words.Contains(w)).Select(w => $"names ticker {w} that is not in the facts").Distinct());
        var rest = DatePattern().Replace(OccPattern().Replace(text, " "), " ");
        reasons.AddRange(NumberPattern().Matches(rest).Where(m => !IsStated(m, facts.Numbers)).Select(m => $"states number {m.Value.Trim()} that is not in the facts").Distinct());
        return reasons;
    }

    /// <summary>The first OCC symbol in <paramref name="text"/> not in <paramref name="allowed"/>, or null.</summary>
    public static string? UnknownSymbol(string text, IEnumerable<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(text);
        var set = allowed.ToHashSet(StringComparer.Ordinal);
        return OccPattern().Matches(text).Select(m => m.Value).FirstOrDefault(s => !set.Contains(s));
    }

    /// <summary>The first yyyy-MM-dd date in <paramref name="text"/> not in <paramref name="allowed"/> (or not a date), or null.</summary>
    public static string? UnknownDate(string text, IEnumerable<DateOnly> allowed)
    {
        ArgumentNullException.ThrowIfNull(text);
        var set = allowed.ToHashSet();
        return DatePattern().Matches(text).Select(m => m.Value).FirstOrDefault(d => !IsDate(d, set));
    }

    /// <summary>The first number written as a strike in <paramref name="text"/> that is not in <paramref name="allowed"/> (within 1e-6), as written, or null.</summary>
    public static string? UnknownStrike(string text, IEnumerable<double> allowed)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = allowed.ToList();
        return Strikes(text).FirstOrDefault(s => !IsOneOf(s, list));
    }

    private static IEnumerable<string> Strikes(string text) =>
        StrikePattern().Matches(text).Select(m => m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value);

    private static bool IsOneOf(string strike, IReadOnlyCollection<double> allowed)
    {
        var value = double.Parse(strike, CultureInfo.InvariantCulture);
        return allowed.Any(a => Math.Abs(a - value) <= 1e-6);
    }

    private static bool IsDate(string text, IReadOnlySet<DateOnly> allowed) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && allowed.Contains(date);

    private static bool IsStated(Match m, IReadOnlyList<double> numbers)
    {
        var digits = m.Groups["int"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        var fraction = m.Groups["frac"].Value;
        var value = double.Parse(fraction.Length > 0 ? digits + "." + fraction : digits, CultureInfo.InvariantCulture);
        var scale = m.Groups["scale"].Value.ToUpperInvariant() switch
        {
            "K" or "THOUSAND" => 1e3,
            "M" or "MILLION" => 1e6,
            "B" or "BN" or "BILLION" => 1e9,
            _ => 1.0,
        };
        var half = 0.5 * Math.Pow(10, -fraction.Length) * scale * (1 + 1e-9);
        var stated = value * scale;
        var percent = m.Groups["pct"].Success;
        return numbers.Any(n => Math.Abs(Math.Abs(n) - stated) <= half || (percent && Math.Abs(Math.Abs(n) * 100 - stated) <= half));
    }

    [GeneratedRegex(@"\b[A-Z]{1,6}\d{6}[CP]\d{8}\b")]
    private static partial Regex OccPattern();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?i)\$?(?<a>\d+(?:\.\d+)?)(?:\s*-?\s*strike\b|\s*(?:calls?|puts?)\b|[CP]\b)|\bstrike\s*(?:of|at|price)?\s*\$?(?<b>\d+(?:\.\d+)?)")]
    private static partial Regex StrikePattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?:\$[A-Z]{1,6}|[A-Z]{2,6})(?![A-Za-z0-9_])")]
    private static partial Regex TickerPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.,])(?<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<frac>\d+))?(?:\s?(?<pct>%)|\s?(?<scale>[KMB]|bn|thousand|million|billion)(?![A-Za-z]))?")]
    private static partial Regex NumberPattern();
}
