namespace Kapman.Execution.Core.Orders;

/// <summary>
/// A multi-leg limit order (docs/domain/execution.md#combo-orders, seed 003 §2.6 entry path <c>place_multileg_order</c>, exit path
/// <c>place_combo_close_order</c>). Market orders are not modelled: every order here is a limit order
/// (docs/domain/execution.md#market-orders, seed 003 §11 R2, docs/domain/architecture.md#safety-defaults).
/// </summary>
/// <param name="Id">Local order id (the client order id sent to the broker).</param>
/// <param name="GroupId">The position group (trade group) the order opens or closes.</param>
/// <param name="Strategy">Strategy name, for P&amp;L aggregation (e.g. <c>iron_condor</c>).</param>
/// <param name="Underlying">Underlying symbol, e.g. <c>SPY</c>.</param>
/// <param name="Legs">The legs, at least one, each symbol once.</param>
/// <param name="Quantity">Combo units (each leg trades Quantity × Ratio contracts).</param>
/// <param name="PriceType">Net debit or net credit.</param>
/// <param name="LimitPrice">Net limit in dollars per share, ≥ 0 (a $1.20 credit on one condor is $120 per combo).</param>
public sealed record ComboOrder(
    string Id,
    string GroupId,
    string Strategy,
    string Underlying,
    IReadOnlyList<OrderLeg> Legs,
    int Quantity,
    PriceType PriceType,
    decimal LimitPrice)
{
    /// <summary>True when any leg opens a position (an entry, or a roll that adds exposure).</summary>
    public bool OpensPosition => Legs.Any(l => l.Effect == PositionEffect.Open);

    /// <summary>Total contracts across legs for the whole order: Quantity × Σ Ratio.</summary>
    public int TotalContracts => Quantity * Legs.Sum(l => l.Ratio);

    /// <summary>
    /// Structural problems with the order, empty when it may be sent: ids present, at least one leg, ratios and
    /// quantity positive, no symbol twice, limit price non-negative.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Id))
        {
            errors.Add("order id is empty");
        }

        if (Legs.Count == 0)
        {
            errors.Add("order has no legs");
        }

        if (Quantity <= 0)
        {
            errors.Add($"quantity {Quantity} is not positive");
        }

        if (LimitPrice < 0m)
        {
            errors.Add($"limit price {LimitPrice} is negative (prices are magnitudes; use PriceType for the direction)");
        }

        foreach (var leg in Legs)
        {
            if (string.IsNullOrWhiteSpace(leg.OccSymbol))
            {
                errors.Add("a leg has no symbol");
            }

            if (leg.Ratio <= 0)
            {
                errors.Add($"leg {leg.OccSymbol} ratio {leg.Ratio} is not positive");
            }
        }

        foreach (var dup in Legs.GroupBy(l => l.OccSymbol, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"symbol {dup.Key} appears in {dup.Count()} legs");
        }

        return errors;
    }
}
