using System.Globalization;
using System.Text.Json;
using Kapman.Execution.Core;
using Kapman.Execution.Core.Brokers;
using Kapman.Execution.Core.Fills;
using Kapman.Execution.Core.Orders;
using Kapman.Execution.Core.Positions;
using Kapman.Execution.Data;
using Kapman.Execution.Trading;
using Kapman.MarketData;
using Microsoft.Extensions.Options;
using CoreOrderLeg = Kapman.Execution.Core.Orders.OrderLeg;
using OrderLeg = Kapman.Execution.Core.Brokers.OrderLeg;

namespace Kapman.Execution.Brokers.Paper;

/// <summary>
/// The paper broker (docs/domain/execution.md#paper-fills, seed 003 §9 task 10.2.1): an <see cref="IBroker"/> that fills with <see cref="PaperFillModel"/> against the stored
/// chain (<see cref="PaperQuotes"/>) and keeps its book in the execution schema (<see cref="PaperBookStore"/>), so it survives
/// restarts; the jitter's generator state is stored with it, so a seed and the same orders give the same fills. Everything it reports is
/// simulated. What is modelled is listed on <see cref="PaperOptions"/>; in addition:
/// <list type="bullet">
/// <item>an order is tried once, when it is placed, against the stored chain then; a limit that is not marketable rests unfilled (the
/// stored chain is one snapshot per session, so nothing would move it), and the walking limit's next rung is its next chance;</item>
/// <item>a tag already placed returns the order placed with it, never a second one (what makes a resend after a crash safe);</item>
/// <item>the market order of the emergency close fills at the model's prices whatever they are; the clock is the regular session
/// 09:30-16:00 New York on weekdays (holidays are not modelled).</item>
/// </list>
/// </summary>
public sealed class PaperBroker(PaperBookStore book, StoredChainReader chain, IOptions<PaperOptions> options, TimeProvider clock) : IBroker
{
    /// <summary>The broker's name in <c>orders.broker</c>.</summary>
    public const string BrokerName = "paper";

    private const decimal MarketLimit = 1_000_000m;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public string Name => BrokerName;

    /// <inheritdoc />
    public IBrokerSymbolFormat SymbolFormat => OccSymbolFormat.Unpadded;

    private PaperOptions Settings => options.Value;

    private DateOnly Today => MarketDate.Of(clock.GetUtcNow());

    /// <inheritdoc />
    public async Task<IReadOnlyList<BrokerQuote>> GetQuotesAsync(IReadOnlyCollection<string> symbols, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var stored = await chain.LatestAsync(symbols.Where(OccSymbolFormat.IsOccSymbol).Select(OccSymbolFormat.Normalize).Distinct().ToList(), Today, cancellationToken);
        var size = Settings.AssumedQuoteSize;
        return stored.Values.OrderBy(q => q.OccSymbol, StringComparer.Ordinal)
            .Select(q => new BrokerQuote(q.OccSymbol, (decimal?)q.Bid, (decimal?)q.Ask, null, size, size, null, null))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OptionContractQuote>> GetOptionChainAsync(string underlying, DateOnly expiration, bool includeGreeks, CancellationToken cancellationToken)
    {
        var rows = await chain.ChainAsync(underlying, expiration, Today, cancellationToken);
        return rows.Select(r => new OptionContractQuote(
            r.OccSymbol, r.Underlying, r.Expiration, r.Right == "call" ? OptionRight.Call : OptionRight.Put, (decimal)r.Strike, (decimal?)r.Bid, (decimal?)r.Ask,
            null, null, null, ContractMultiplier.SharesPerContract,
            includeGreeks && r.Delta is { } delta ? new Core.Brokers.OptionGreeks((decimal)delta, null, null, null, null, null, null, null) : null)).ToList();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DateOnly>> GetOptionExpirationsAsync(string underlying, CancellationToken cancellationToken) =>
        chain.ExpirationsAsync(underlying, Today, cancellationToken);

    /// <inheritdoc />
    public async Task<AccountBalances> GetBalancesAsync(CancellationToken cancellationToken)
    {
        var executions = await book.ExecutionsAsync(cancellationToken);
        var holdings = Holdings(executions);
        var marks = PaperQuotes.From(await chain.LatestAsync(holdings.Select(h => h.OccSymbol).ToList(), Today, cancellationToken), Settings.AssumedQuoteSize);
        var cash = await book.StartingCashAsync(cancellationToken)
            + executions.Sum(e => (e.Side.StartsWith("Sell", StringComparison.Ordinal) ? 1 : -1) * e.Price * ContractMultiplier.SharesPerContract * e.Contracts - e.Commission);
        var open = holdings.Where(h => !h.IsFlat).ToList();
        var marketValue = open.Sum(h => (marks.TryGetValue(h.OccSymbol, out var q) ? q.Mid : h.AveragePrice) * h.NetContracts * ContractMultiplier.SharesPerContract);
        var openPnl = open.Sum(h => marks.TryGetValue(h.OccSymbol, out var q) ? h.Unrealized(q.Mid) : 0m);
        var pending = await book.WorkingCountAsync(cancellationToken);
        return new AccountBalances("PAPER", "paper", cash + marketValue, cash, marketValue, cash, openPnl, holdings.Sum(h => h.RealizedPnl), 0m, pending);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BrokerPosition>> GetPositionsAsync(CancellationToken cancellationToken)
    {
        var executions = await book.ExecutionsAsync(cancellationToken);
        var firstAt = executions.GroupBy(e => e.OccSymbol, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(e => e.At), StringComparer.Ordinal);
        return Holdings(executions).Where(h => !h.IsFlat)
            .Select(h => new BrokerPosition(h.OccSymbol, h.NetContracts, h.AveragePrice * ContractMultiplier.SharesPerContract * h.NetContracts,
                new DateTimeOffset(DateTime.SpecifyKind(firstAt[h.OccSymbol], DateTimeKind.Utc))))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BrokerOrder>> GetOrdersAsync(CancellationToken cancellationToken)
    {
        var orders = await book.ListedAsync(clock.GetUtcNow().UtcDateTime.AddDays(-1), cancellationToken);
        var executions = (await book.ExecutionsOfAsync(orders.Select(o => o.Id).ToList(), cancellationToken)).ToLookup(e => e.OrderId, StringComparer.Ordinal);
        return orders.Select(o => ToBrokerOrder(o, executions[o.Id].ToList())).ToList();
    }

    /// <inheritdoc />
    public async Task<BrokerOrder> GetOrderAsync(string orderId, CancellationToken cancellationToken)
    {
        var order = await book.GetAsync(orderId, cancellationToken) ?? throw NotFound(orderId);
        return ToBrokerOrder(order, await book.ExecutionsOfAsync([order.Id], cancellationToken));
    }

    /// <inheritdoc />
    public Task<OrderPlacement> PlaceMultiLegOrderAsync(MultiLegOrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        OrderRequestRules.Validate(request, closing: false);
        return PlaceAsync(request.Underlying, PaperOrderKinds.Multileg, TypeOf(request.PriceType), request.Legs, Priced(request.PriceType, request.LimitPrice), request.Tag, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<OrderPreview> PreviewMultiLegOrderAsync(MultiLegOrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        OrderRequestRules.Validate(request, closing: request.Legs.All(l => l.Side.IsClosing()));
        var (priceType, limit) = Priced(request.PriceType, request.LimitPrice);
        var combo = Combo(request.Underlying, request.Legs, priceType, limit, "preview");
        var quotes = PaperQuotes.From(await chain.LatestAsync(request.Legs.Select(l => l.OccSymbol).ToList(), Today, cancellationToken), Settings.AssumedQuoteSize);
        var result = PaperFillModel.TryFill(combo, combo.Quantity, quotes, Settings.FillSettings() with { SlippageJitterTicks = 0 }, new SplitMix64(0));
        var commission = request.Legs.Sum(l => l.Quantity) * Settings.CommissionPerContract;
        return new OrderPreview(true, commission, 0m, result.Fill?.NetCash, null, request.Legs.Count == 1 ? "option" : "spread");
    }

    /// <inheritdoc />
    public Task<OrderPlacement> PlaceOptionOrderAsync(OptionOrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        OrderRequestRules.Validate(request);
        var priceType = request.Leg.Side.IsBuy() ? PriceType.NetDebit : PriceType.NetCredit;
        return PlaceAsync(request.Underlying, PaperOrderKinds.Option, PaperOrderKinds.Limit, [request.Leg], (priceType, request.LimitPrice), request.Tag, cancellationToken);
    }

    /// <inheritdoc />
    public Task<OrderPlacement> PlaceComboCloseOrderAsync(MultiLegOrderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        OrderRequestRules.Validate(request, closing: true);
        return PlaceAsync(request.Underlying, PaperOrderKinds.Combo, TypeOf(request.PriceType), request.Legs, Priced(request.PriceType, request.LimitPrice), request.Tag, cancellationToken);
    }

    /// <inheritdoc />
    public Task<OrderPlacement> PlaceEmergencyMarketCloseAsync(EmergencyCloseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        OrderRequestRules.Validate(request);
        return PlaceAsync(request.Underlying, PaperOrderKinds.Combo, PaperOrderKinds.Market, request.Legs, (PriceType.NetDebit, MarketLimit), request.Tag, cancellationToken);
    }

    /// <inheritdoc />
    public async Task CancelOrderAsync(string orderId, CancellationToken cancellationToken)
    {
        var (connection, tx) = await book.BeginAsync(cancellationToken);
        await using (connection)
        await using (tx)
        {
            var order = await PaperBookStore.LockOrderAsync(connection, tx, orderId, cancellationToken) ?? throw NotFound(orderId);
            var status = Enum.Parse<BrokerOrderStatus>(order.Status);
            if (status is not (BrokerOrderStatus.Open or BrokerOrderStatus.Pending or BrokerOrderStatus.PartiallyFilled))
            {
                throw new BrokerRejectedException(BrokerName, null, [$"order {orderId} is {order.Status}"], $"paper: order {orderId} cannot be cancelled: it is {order.Status}");
            }

            await PaperBookStore.UpdateOrderAsync(connection, tx, Cancelled(order, clock.GetUtcNow().UtcDateTime), cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<ClosePrecheckResult> PrecheckCloseAsync(MultiLegOrderRequest close, string tradeGroupId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(close);
        var problems = ClosePrecheck.Evaluate(close.Legs, await GetPositionsAsync(cancellationToken));
        return problems.Count > 0
            ? new ClosePrecheckResult(tradeGroupId, problems, null)
            : new ClosePrecheckResult(tradeGroupId, problems, await PreviewMultiLegOrderAsync(close, cancellationToken));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BrokerExecution>> GetExecutionsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var orders = (await book.ListedAsync(since.UtcDateTime, cancellationToken)).Where(o => o.UpdatedAt >= since.UtcDateTime).ToList();
        var tags = orders.ToDictionary(o => o.Id, o => o.Tag, StringComparer.Ordinal);
        var executions = await book.ExecutionsOfAsync(orders.Select(o => o.Id).ToList(), cancellationToken);
        return executions.GroupBy(e => (e.OrderId, e.OccSymbol, e.Side))
            .Select(g => new BrokerExecution(
                g.Key.OrderId, g.Key.OccSymbol, Enum.Parse<OrderLegSide>(g.Key.Side), g.Sum(e => e.Contracts),
                g.Sum(e => e.Price * e.Contracts) / g.Sum(e => e.Contracts), Utc(g.Max(e => e.At)), tags[g.Key.OrderId]))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ClosedPosition>> GetClosedPositionsAsync(DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken)
    {
        var closed = new List<ClosedPosition>();
        foreach (var symbol in (await book.ExecutionsAsync(cancellationToken)).GroupBy(e => e.OccSymbol, StringComparer.Ordinal))
        {
            int held = 0, most = 0;
            decimal cost = 0m, proceeds = 0m;
            DateTime? opened = null;
            foreach (var e in symbol)
            {
                opened ??= e.At;
                var buy = e.Side.StartsWith("Buy", StringComparison.Ordinal);
                held += buy ? e.Contracts : -e.Contracts;
                most = Math.Max(most, Math.Abs(held));
                var amount = e.Price * ContractMultiplier.SharesPerContract * e.Contracts;
                (cost, proceeds) = buy ? (cost + amount, proceeds) : (cost, proceeds + amount);
                if (held != 0)
                {
                    continue;
                }

                var day = MarketDate.Of(Utc(e.At));
                if (day >= firstDay && day <= lastDay)
                {
                    closed.Add(new ClosedPosition(symbol.Key, most, cost, proceeds, proceeds - cost, Utc(opened.Value), Utc(e.At)));
                }

                (most, cost, proceeds, opened) = (0, 0m, 0m, null);
            }
        }

        return closed;
    }

    /// <inheritdoc />
    public Task<MarketClock> GetMarketClockAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var wall = MarketDate.WallTime(now);
        var time = TimeOnly.FromDateTime(wall);
        var weekday = wall.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        TimeOnly open = new(9, 30), close = new(16, 0);
        var (state, next, nextState) = !weekday ? (MarketState.Closed, (TimeOnly?)null, MarketState.Premarket)
            : time < open ? (MarketState.Premarket, open, MarketState.Open)
            : time < close ? (MarketState.Open, close, MarketState.Postmarket)
            : (MarketState.Postmarket, (TimeOnly?)null, MarketState.Closed);
        return Task.FromResult(new MarketClock(DateOnly.FromDateTime(wall), state, now, next, nextState, "Paper clock: regular session 09:30 to 16:00 New York, weekdays; holidays not modelled"));
    }

    /// <summary>
    /// Places an order once per tag: under the account lock, an order already placed with the tag is returned as it is; otherwise the order
    /// is stored and tried once against the stored chain with the stored generator, whose next state is stored with the fill.
    /// </summary>
    private async Task<OrderPlacement> PlaceAsync(
        string underlying, string orderClass, string orderType, IReadOnlyList<OrderLeg> legs, (PriceType Type, decimal Limit) price, string? tag, CancellationToken ct)
    {
        await book.EnsureAccountAsync(unchecked((ulong)Settings.Seed), Settings.StartingCash, ct);
        var quotes = PaperQuotes.From(await chain.LatestAsync(legs.Select(l => l.OccSymbol).ToList(), Today, ct), Settings.AssumedQuoteSize);
        var (connection, tx) = await book.BeginAsync(ct);
        await using (connection)
        await using (tx)
        {
            var (rngState, next) = await PaperBookStore.LockAccountAsync(connection, tx, ct);
            if (tag is not null && await PaperBookStore.FindByTagAsync(connection, tx, tag, ct) is { } existing)
            {
                return new OrderPlacement(existing.Id, "ok");
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"PAPER-{next}");
            var combo = Combo(underlying, legs, price.Type, price.Limit, id);
            var at = clock.GetUtcNow().UtcDateTime;
            var result = PaperFillModel.TryFill(combo, combo.Quantity, quotes, Settings.FillSettings(), new SplitMix64(rngState));
            var fill = result.Fill;
            var row = new PaperOrderRow
            {
                Id = id, Tag = tag, OrderClass = orderClass, Underlying = underlying, OrderType = orderType,
                Legs = JsonSerializer.Serialize(legs.Select(l => new PaperLeg(l.OccSymbol, l.Side, l.Quantity)), Json),
                Quantity = combo.Quantity, LimitPrice = orderType == PaperOrderKinds.Market ? null : price.Limit,
                Status = fill is null ? nameof(BrokerOrderStatus.Open) : fill.Quantity == combo.Quantity ? nameof(BrokerOrderStatus.Filled) : nameof(BrokerOrderStatus.PartiallyFilled),
                ExecutedQuantity = fill?.Quantity ?? 0, AverageFillPrice = fill?.NetPrice, CreatedAt = at, UpdatedAt = at,
            };
            await PaperBookStore.InsertOrderAsync(connection, tx, row, ct);
            foreach (var leg in fill?.Legs ?? [])
            {
                var side = legs.Single(l => l.OccSymbol == leg.OccSymbol).Side;
                await PaperBookStore.InsertExecutionAsync(connection, tx,
                    new PaperExecutionRow(0, id, leg.OccSymbol, side.ToString(), leg.Contracts, leg.Price, leg.Contracts * Settings.CommissionPerContract, at), ct);
            }

            await PaperBookStore.SaveAccountAsync(connection, tx, result.Random.State, next + 1, ct);
            await tx.CommitAsync(ct);
            return new OrderPlacement(id, "ok");
        }
    }

    /// <summary>
    /// The fill model's combo for broker legs: quantity the greatest common divisor of the legs' contracts, each leg's ratio its contracts
    /// divided by it (2 and 4 contracts give 2 × (1, 2)).
    /// </summary>
    private static ComboOrder Combo(string underlying, IReadOnlyList<OrderLeg> legs, PriceType priceType, decimal limit, string id)
    {
        var quantity = legs.Select(l => l.Quantity).Aggregate(Gcd);
        var comboLegs = legs.Select(l => new CoreOrderLeg(
            l.OccSymbol, l.Side.IsBuy() ? OrderSide.Buy : OrderSide.Sell, l.Quantity / quantity, l.Side.IsClosing() ? PositionEffect.Close : PositionEffect.Open)).ToList();
        return new ComboOrder(id, id, "paper", underlying, comboLegs, quantity, priceType, limit);
    }

    private static (PriceType, decimal) Priced(NetPriceType type, decimal limit) => type switch
    {
        NetPriceType.Credit => (PriceType.NetCredit, limit),
        NetPriceType.Debit => (PriceType.NetDebit, limit),
        _ => (PriceType.NetDebit, 0m),
    };

    private static string TypeOf(NetPriceType type) => type.ToString().ToLowerInvariant();

    private static BrokerOrder ToBrokerOrder(PaperOrderRow order, IReadOnlyList<PaperExecutionRow> executions)
    {
        var status = Enum.Parse<BrokerOrderStatus>(order.Status);
        var legs = JsonSerializer.Deserialize<List<PaperLeg>>(order.Legs, Json)!;
        var brokerLegs = legs.Select(l =>
        {
            var mine = executions.Where(e => e.OccSymbol == l.OccSymbol).ToList();
            var executed = mine.Sum(e => e.Contracts);
            var average = executed == 0 ? (decimal?)null : mine.Sum(e => e.Price * e.Contracts) / executed;
            return new BrokerOrderLeg(l.OccSymbol, l.Side, l.Quantity, status, executed, status is BrokerOrderStatus.Canceled ? 0 : l.Quantity - executed,
                average, mine.LastOrDefault()?.Price, mine.Count == 0 ? null : Utc(mine[^1].At));
        }).ToList();
        var remaining = status is BrokerOrderStatus.Open or BrokerOrderStatus.PartiallyFilled or BrokerOrderStatus.Pending ? order.Quantity - order.ExecutedQuantity : 0;
        return new BrokerOrder(order.Id, order.OrderClass, order.Underlying, order.OrderType, status, order.Status.ToLowerInvariant(), order.Quantity, order.LimitPrice,
            order.AverageFillPrice, order.ExecutedQuantity, remaining, Utc(order.CreatedAt), Utc(order.UpdatedAt), order.Tag, brokerLegs, order.RejectReason);
    }

    private static PaperOrderRow Cancelled(PaperOrderRow o, DateTime at) => new()
    {
        Id = o.Id, Tag = o.Tag, OrderClass = o.OrderClass, Underlying = o.Underlying, OrderType = o.OrderType, Legs = o.Legs, Quantity = o.Quantity,
        LimitPrice = o.LimitPrice, Status = nameof(BrokerOrderStatus.Canceled), ExecutedQuantity = o.ExecutedQuantity, AverageFillPrice = o.AverageFillPrice,
        RejectReason = o.RejectReason, CreatedAt = o.CreatedAt, UpdatedAt = at,
    };

    /// <summary>The paper book by average cost, one holding per contract (<see cref="PositionAccounting"/>).</summary>
    private static IReadOnlyList<Position> Holdings(IReadOnlyList<PaperExecutionRow> executions) =>
        PositionAccounting.Build(executions.Select(e => new LegExecution(
            e.Id.ToString(CultureInfo.InvariantCulture), e.OrderId, BrokerName, BrokerName, BrokerName, e.OccSymbol,
            e.Side.StartsWith("Buy", StringComparison.Ordinal) ? OrderSide.Buy : OrderSide.Sell, e.Contracts, e.Price, e.Commission, Utc(e.At))));

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));

    private static BrokerNotFoundException NotFound(string orderId) =>
        new(BrokerName, null, [$"no order {orderId}"], $"paper: no order {orderId}");

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
