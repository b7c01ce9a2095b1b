using System.Globalization;
using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Exits;

/// <summary>
/// The net mark of a position group, the <see cref="ExitScan.Mark"/> of docs/domain/execution.md#exit-guardrails (seed 003 §2.6 exit path:
/// "calculate group P&amp;L (mark-based)"). The group is read as <c>units</c> combo units, units the greatest common divisor of the
/// holdings' contracts and each leg's ratio its signed contracts ÷ units (2/−4/2 is 2 × (1, −2, 1)). Its value per share of one unit is
/// Σ ratio × mid, mid = (bid + ask) / 2; the mark is that value for a debit position (the credit from selling it) and its negation for a
/// credit position (the debit to buy it back).
/// A leg without a usable quote gives no mark, so the scan holds and counts nothing (seed 003 §11 R5, mitigation 5: act on no bad
/// print). Unusable: a side missing, a negative price, a bid of 0 (nobody bids: a mid against it is a price nobody pays; a group whose
/// long wing has no bid waits for one or for the time stop), or a crossed quote (ask below bid).
/// </summary>
public static class ExitMarks
{
    /// <summary>The mark of <paramref name="holdings"/> (none flat) held as <paramref name="entryType"/>, from <paramref name="quotes"/> by OCC symbol.</summary>
    public static ExitMark Of(IReadOnlyList<ExitHolding> holdings, PriceType entryType, IReadOnlyDictionary<string, MarkQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(holdings);
        ArgumentNullException.ThrowIfNull(quotes);
        if (holdings.Count == 0 || holdings.Any(h => h.Contracts == 0))
        {
            throw new ArgumentException("a group needs holdings, none of them flat", nameof(holdings));
        }

        var units = holdings.Select(h => Math.Abs(h.Contracts)).Aggregate(Gcd);
        var value = 0m;
        foreach (var h in holdings)
        {
            if (!quotes.TryGetValue(h.OccSymbol, out var q))
            {
                return new ExitMark(units, null, $"{h.OccSymbol}: no stored quote");
            }

            if (Unusable(q) is { } why)
            {
                return new ExitMark(units, null, string.Create(CultureInfo.InvariantCulture, $"{h.OccSymbol}: {why} (bid {q.Bid}, ask {q.Ask})"));
            }

            value += (decimal)h.Contracts / units * ((q.Bid!.Value + q.Ask!.Value) / 2m);
        }

        return new ExitMark(units, entryType == PriceType.NetCredit ? -value : value, null);
    }

    private static string? Unusable(MarkQuote q) => q switch
    {
        { Bid: null } or { Ask: null } => "a side is not quoted",
        { Bid: < 0m } or { Ask: < 0m } => "a negative price",
        { Bid: 0m } => "no bid",
        _ when q.Ask < q.Bid => "crossed",
        _ => null,
    };

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
