namespace Kapman.TradierStandIn;

/// <summary>The stand-in's trading: placing, previewing, filling and cancelling orders, and what a fill does to positions and cash.</summary>
public sealed partial class StandInState
{
    /// <summary>
    /// Accepts <paramref name="draft"/> (or, for a preview, only checks it): every contract must be known and every close must be held on
    /// the other side in size. Returns the order (null for a preview) or the errors.
    /// </summary>
    public (StandInOrder? Order, IReadOnlyList<string> Errors) Place(OrderDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        lock (gate)
        {
            var errors = new List<string>();
            foreach (var (symbol, side, quantity) in draft.Legs)
            {
                if (!contracts.ContainsKey(symbol))
                {
                    errors.Add($"Invalid option symbol: {symbol}");
                }
                else if (side.EndsWith("_to_close", StringComparison.Ordinal))
                {
                    var held = positions.TryGetValue(symbol, out var position) ? position.Quantity : 0m;
                    var closable = side == "sell_to_close" ? Math.Max(held, 0m) : Math.Max(-held, 0m);
                    if (closable < quantity)
                    {
                        errors.Add($"Cannot {side} {quantity} of {symbol}: position is {held}");
                    }
                }
            }

            if (errors.Count > 0 || draft.Preview)
            {
                return (null, errors);
            }

            var now = Clock.GetUtcNow();
            var order = new StandInOrder
            {
                Id = nextOrderId++,
                Class = draft.Class,
                Symbol = draft.Symbol,
                Type = draft.Type,
                Duration = draft.Duration,
                Price = draft.Price,
                Tag = draft.Tag,
                Legs = [.. draft.Legs.Select(l => new StandInLeg { OptionSymbol = l.OptionSymbol, Side = l.Side, Quantity = l.Quantity })],
                CreateDate = now,
                TransactionDate = now,
            };
            orders.Add(order);
            if (FillRule == FillRule.Immediate || (FillRule == FillRule.Marketable && IsMarketable(order)))
            {
                FillLocked(order, order.Price);
            }

            return (order, []);
        }
    }

    /// <summary>What a preview of <paramref name="draft"/> reports: the net cash effect in $ at its price (or the mids).</summary>
    public decimal PreviewCost(OrderDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        lock (gate)
        {
            var net = draft.Price ?? Math.Abs(draft.Legs.Sum(l => Signed(l.Side, contracts[l.OptionSymbol].Mid)));
            var paying = draft.Type is "debit" || (draft.Class == "option" && draft.Legs[0].Side.StartsWith("buy", StringComparison.Ordinal));
            return (paying ? net : -net) * draft.Legs[0].Quantity * Multiplier;
        }
    }

    /// <summary>
    /// Moves the market of a known contract to <paramref name="bid"/>/<paramref name="ask"/> ($ per share). Under
    /// <see cref="FillRule.Marketable"/> every open order the new mids make marketable then fills at its limit, as a resting limit
    /// order at Tradier fills once the market crosses it; returns the ids of the orders filled, oldest first.
    /// </summary>
    /// <exception cref="InvalidOperationException">The contract is not known.</exception>
    public IReadOnlyList<int> MoveQuote(string symbol, decimal bid, decimal ask)
    {
        lock (gate)
        {
            var contract = contracts.GetValueOrDefault(symbol) ?? throw new InvalidOperationException($"No contract {symbol}.");
            contracts[symbol] = contract with { Bid = bid, Ask = ask };
            if (FillRule != FillRule.Marketable)
            {
                return [];
            }

            var crossed = orders.Where(o => o.Status == "open" && o.Legs.Any(l => l.OptionSymbol == symbol) && IsMarketable(o)).ToList();
            crossed.ForEach(o => FillLocked(o, o.Price));
            return [.. crossed.Select(o => o.Id)];
        }
    }

    /// <summary>Fills a working order in full at <paramref name="price"/> (default: its limit), as a scripted market move would.</summary>
    /// <exception cref="InvalidOperationException">No such working order.</exception>
    public void FillOrder(int id, decimal? price = null)
    {
        lock (gate)
        {
            var order = orders.Find(o => o.Id == id) ?? throw new InvalidOperationException($"No order {id}.");
            if (order.Status != "open")
            {
                throw new InvalidOperationException($"Order {id} is {order.Status}.");
            }

            FillLocked(order, price ?? order.Price);
        }
    }

    /// <summary>Cancels a working order; returns the error when it cannot be cancelled, else null.</summary>
    public string? Cancel(int id)
    {
        lock (gate)
        {
            var order = orders.Find(o => o.Id == id);
            if (order is null)
            {
                return $"Order {id} not found";
            }

            if (order.Status != "open")
            {
                return $"Order {id} cannot be canceled: it is {order.Status}";
            }

            order.Status = "canceled";
            order.TransactionDate = Clock.GetUtcNow();
            return null;
        }
    }

    private static decimal Signed(string side, decimal price) => side.StartsWith("sell", StringComparison.Ordinal) ? price : -price;

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    private bool IsMarketable(StandInOrder order)
    {
        if (order.Type is "market" or "even")
        {
            return true;
        }

        var unit = order.Legs.Select(l => l.Quantity).Aggregate(Gcd);
        // Net credit at the mids per unit of the order (positive = received).
        var netCredit = order.Legs.Sum(l => Signed(l.Side, contracts[l.OptionSymbol].Mid) * l.Quantity / unit);
        return order.Type switch
        {
            "credit" => order.Price <= netCredit,
            "debit" => order.Price >= -netCredit,
            "limit" when order.Legs[0].IsBuy => order.Price >= -netCredit,
            "limit" => order.Price <= netCredit,
            _ => false,
        };
    }

    private void FillLocked(StandInOrder order, decimal? netPrice)
    {
        var now = Clock.GetUtcNow();
        var unit = order.Legs.Select(l => l.Quantity).Aggregate(Gcd);
        foreach (var leg in order.Legs)
        {
            var contract = contracts[leg.OptionSymbol];
            leg.AvgFillPrice = netPrice is null ? (leg.IsBuy ? contract.Ask : contract.Bid) : contract.Mid;
        }

        if (netPrice is { } net)
        {
            if (order.Class == "option")
            {
                order.Legs[0].AvgFillPrice = net;
            }
            else
            {
                // The first leg takes what the mids of the others leave of the net price (credit positive, debit negative).
                var target = order.Type == "debit" ? -net : net;
                var first = order.Legs[0];
                var others = order.Legs.Skip(1).Sum(l => Signed(l.Side, l.AvgFillPrice) * l.Quantity / unit);
                var firstPrice = (target - others) / (first.Quantity / (decimal)unit);
                first.AvgFillPrice = Math.Max(Signed(first.Side, firstPrice), 0m);
            }
        }

        foreach (var leg in order.Legs)
        {
            leg.ExecQuantity = leg.Quantity;
            Apply(leg, now);
        }

        var netFill = order.Legs.Sum(l => Signed(l.Side, l.AvgFillPrice) * l.Quantity / unit);
        order.AvgFillPrice = order.Class == "option" ? order.Legs[0].AvgFillPrice : Math.Abs(netFill);
        order.Status = "filled";
        order.TransactionDate = now;
    }

    private void Apply(StandInLeg leg, DateTimeOffset now)
    {
        var sign = leg.IsBuy ? 1m : -1m;
        var value = leg.AvgFillPrice * leg.Quantity * Multiplier;
        Cash -= sign * value;
        if (!positions.TryGetValue(leg.OptionSymbol, out var position))
        {
            position = new StandInPosition { Id = nextPositionId++, Symbol = leg.OptionSymbol, DateAcquired = now };
            positions[leg.OptionSymbol] = position;
        }

        if (leg.IsClose)
        {
            var fraction = leg.Quantity / Math.Abs(position.Quantity);
            var basis = position.CostBasis * fraction;
            // A long closed: cost is its basis, proceeds the sale. A short closed: proceeds are the credit received, cost the buy-back.
            closed.Add(leg.IsBuy
                ? new StandInClosedPosition(leg.OptionSymbol, leg.Quantity, value, -basis, position.DateAcquired, now)
                : new StandInClosedPosition(leg.OptionSymbol, leg.Quantity, basis, value, position.DateAcquired, now));
            position.CostBasis -= basis;
        }
        else
        {
            position.CostBasis += sign * value;
        }

        position.Quantity += sign * leg.Quantity;
        if (position.Quantity == 0)
        {
            positions.Remove(leg.OptionSymbol);
        }
    }
}
