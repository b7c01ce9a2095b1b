namespace Kapman.Execution.Core.Risk;

/// <summary>
/// The caps and triggers of the risk book (docs/domain/risk-book.md#caps-and-triggers; seed 003 §6 task 7.1 <c>gate_new_trade</c> and
/// task 7.2.3 <c>check_risk_triggers</c>):
/// <list type="bullet">
/// <item><see cref="CheckEntry"/>: a new trade is blocked when the book with it breaches a cap (value &gt; cap) and the trade makes that
/// measure worse than the book without it, so a trade that reduces a breached measure may still enter;</item>
/// <item><see cref="Breaches"/>: the book now breaches a trigger (value &gt; trigger); the host then sets the kill switch to safe mode,
/// the seed's "block new entries".</item>
/// </list>
/// </summary>
public static class RiskGate
{
    /// <summary>Name of the delta measure.</summary>
    public const string Delta = "|beta-weighted delta $|";

    /// <summary>Name of the VaR measure.</summary>
    public const string Var99 = "VaR 99% $";

    /// <summary>Name of the crash-scenario measure.</summary>
    public const string LossDown5 = "loss at spot -5% $";

    /// <summary>The verdict on a trade that takes the book from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static RiskVerdict CheckEntry(RiskTotals before, RiskTotals after, RiskLimits caps)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(caps);
        var comparisons = Measures(before, after, caps)
            .Select(m => new RiskComparison(m.Name, m.Before, m.After, m.Limit, m.After > m.Limit && m.After > m.Before))
            .ToList();
        return new RiskVerdict(comparisons.TrueForAll(c => !c.Breached), comparisons);
    }

    /// <summary>Every configured limit against <paramref name="book"/>, breached when the value exceeds the limit.</summary>
    public static IReadOnlyList<RiskComparison> Compare(RiskTotals book, RiskLimits limits)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(limits);
        return [.. Measures(book, book, limits).Select(m => new RiskComparison(m.Name, m.Before, m.After, m.Limit, m.After > m.Limit))];
    }

    /// <summary>The triggers <paramref name="book"/> breaches (empty when none).</summary>
    public static IReadOnlyList<RiskComparison> Breaches(RiskTotals book, RiskLimits triggers) => [.. Compare(book, triggers).Where(c => c.Breached)];

    private static IEnumerable<(string Name, double Before, double After, double Limit)> Measures(RiskTotals before, RiskTotals after, RiskLimits limits)
    {
        if (limits.MaxAbsBetaWeightedDeltaDollars is { } delta)
        {
            yield return (Delta, Math.Abs(before.BetaWeightedDeltaDollars), Math.Abs(after.BetaWeightedDeltaDollars), delta);
        }

        if (limits.MaxVar99Dollars is { } var)
        {
            yield return (Var99, before.Var99, after.Var99, var);
        }

        if (limits.MaxLossDown5Dollars is { } loss)
        {
            yield return (LossDown5, before.LossDown5, after.LossDown5, loss);
        }
    }
}
