using System.Globalization;
using Kapman.LanguageModels.FactChecking;

namespace Kapman.Recommendation.Core.Justification;

/// <summary>
/// Rejects an answer that names a contract, strike or expiry outside the allowed list, or states a number that
/// contradicts the facts (docs/domain/recommendations.md#justification, seed 000 FR-006: zero hallucinated strikes).
/// </summary>
/// <remarks>
/// Checks, first failure wins: every listed contract matches an allowed one in symbol, expiry, strike and right;
/// in the text, every OCC symbol is allowed, every yyyy-MM-dd date is the session or an allowed expiry, and every
/// number written as a strike (<see cref="TextFactChecker"/>, shared with the market commentary) ("650 strike", "strike 650", "$650 call", "650C") is an allowed strike; the stated
/// confidence is within 0.005 of the facts, breakeven within $0.01, max loss / max profit within $0.50 per contract,
/// and a number stated where the facts have none (e.g. max profit of an unbounded long call) is a contradiction.
/// </remarks>
public static class JustificationValidator
{
    /// <summary>Null when the answer may be used, else the rejection reason.</summary>
    public static string? Validate(JustificationAnswer answer, JustificationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(facts);
        var allowed = facts.AllowedContracts;
        foreach (var c in answer.Contracts)
        {
            var match = allowed.FirstOrDefault(a => a.OccSymbol == c.OccSymbol);
            if (match is null || match.Expiration.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) != c.Expiration
                || Math.Abs(match.Strike - c.Strike) > 1e-6 || !string.Equals(match.Right, c.Right, StringComparison.OrdinalIgnoreCase))
            {
                return Text($"names contract {c.OccSymbol} ({c.Right} {c.Strike:0.###}, {c.Expiration}) outside the allowed list");
            }
        }

        var text = answer.Text;
        if (TextFactChecker.UnknownSymbol(text, allowed.Select(a => a.OccSymbol)) is { } symbol)
        {
            return Text($"text names symbol {symbol} outside the allowed list");
        }

        if (TextFactChecker.UnknownDate(text, allowed.Select(a => a.Expiration).Append(facts.SessionDate)) is { } date)
        {
            return Text($"text names expiry {date} outside the allowed list");
        }

        if (TextFactChecker.UnknownStrike(text, allowed.Select(a => a.Strike)) is { } strike)
        {
            return Text($"text names strike {strike} outside the allowed list");
        }

        return Contradiction("confidence", answer.Confidence, facts.Confidence, 0.005)
            ?? Contradiction("breakeven", answer.Breakeven, facts.Breakeven, 0.01)
            ?? Contradiction("max loss per contract", answer.MaxLossPerContract, facts.MaxLossPerContract, 0.5)
            ?? Contradiction("max profit per contract", answer.MaxProfitPerContract, facts.MaxProfitPerContract, 0.5);
    }

    private static string? Contradiction(string what, double? stated, double? fact, double tolerance) => stated switch
    {
        null => null,
        { } s when fact is null => Text($"states {what} {s:0.####} but the facts have none"),
        { } s when Math.Abs(s - fact!.Value) > tolerance => Text($"states {what} {s:0.####}, the facts say {fact.Value:0.####}"),
        _ => null,
    };

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
