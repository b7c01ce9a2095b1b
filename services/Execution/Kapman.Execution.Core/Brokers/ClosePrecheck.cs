using System.Globalization;

namespace Kapman.Execution.Core.Brokers;

/// <summary>
/// The position half of the close pre-check (docs/domain/execution.md#close-pre-check, seed 003 §11 mitigation 7, "verifies broker positions match before attempting close"):
/// every leg must close, and the broker must hold its contract on the opposite side in at least the leg's quantity, so a close can
/// never open a new position.
/// </summary>
public static class ClosePrecheck
{
    /// <summary>
    /// The problems of closing <paramref name="legs"/> against the broker's <paramref name="positions"/>, in leg order; empty when
    /// the close may be sent. A <c>sell_to_close</c> of q contracts needs a long of at least q, a <c>buy_to_close</c> a short of at least q.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<string> Evaluate(IReadOnlyList<OrderLeg> legs, IReadOnlyList<BrokerPosition> positions)
    {
        ArgumentNullException.ThrowIfNull(legs);
        ArgumentNullException.ThrowIfNull(positions);
        var problems = new List<string>();
        if (legs.Count == 0)
        {
            problems.Add("the close has no legs");
        }

        var held = positions
            .GroupBy(p => p.Symbol, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Quantity), StringComparer.Ordinal);
        foreach (var duplicate in legs.GroupBy(l => l.OccSymbol, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{duplicate.Key} appears in {duplicate.Count()} legs");
        }

        foreach (var leg in legs)
        {
            if (!leg.Side.IsClosing())
            {
                problems.Add($"{leg.OccSymbol}: {leg.Side} does not close a position");
                continue;
            }

            var quantity = held.GetValueOrDefault(leg.OccSymbol);
            // A sell closes a long (quantity > 0), a buy closes a short (quantity < 0).
            var closable = leg.Side == OrderLegSide.SellToClose ? Math.Max(quantity, 0m) : Math.Max(-quantity, 0m);
            if (closable < leg.Quantity)
            {
                problems.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{leg.OccSymbol}: {leg.Side} of {leg.Quantity} contracts, but the broker holds {quantity}"));
            }
        }

        return problems;
    }
}
