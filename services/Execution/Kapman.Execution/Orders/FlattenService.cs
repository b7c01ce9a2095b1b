using System.Collections.Concurrent;
using System.Globalization;
using Kapman.Contracts;
using Kapman.Execution.Brokers.Paper;
using Kapman.Execution.Core.Fills;
using Kapman.Execution.Core.KillSwitch;
using Kapman.Execution.Core.Positions;
using Kapman.Execution.Data;
using Kapman.Execution.Trading;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Execution.Orders;

/// <summary>
/// Flattens position groups with closing limit orders (docs/domain/execution.md#kill-switch, seed 003 Appendix F hard stop, Appendix B d partial fill, §11 R1/R2): one FLATTEN
/// order per group from <see cref="HardStopFlattener"/>, every held contract on the other side, starting at the natural price (sell at the
/// bid, buy at the ask) and walking <see cref="FlattenSettings.EscalationStep"/> worse every <see cref="FlattenSettings.EscalationInterval"/>
/// for <see cref="FlattenSettings.MaxLimitAttempts"/> rungs. Never a market order. A group with an active order is left until that order
/// ends (two closes could over-close it); a group without usable quotes is journalled and raised once (<see cref="ExecutionAlertRaised"/>).
/// Quotes come from the group's broker (the stored chain for paper), read before any transaction opens.
/// </summary>
public sealed class FlattenService(
    ServiceDatabase database, OrderStore orders, PositionStore positions, BrokerDirectory brokers, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, string> raised = new(StringComparer.Ordinal);

    /// <summary>Creates the flatten orders of <paramref name="groupIds"/> that hold contracts and have no active order; returns how many.</summary>
    public async Task<int> FlattenGroupsAsync(IReadOnlyCollection<string> groupIds, string reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(groupIds);
        var busy = (await orders.ActiveAsync(ct)).Select(o => o.GroupId).ToHashSet(StringComparer.Ordinal);
        var open = (await positions.AllAsync(ct)).Where(p => p.NetContracts != 0 && groupIds.Contains(p.GroupId) && !busy.Contains(p.GroupId)).ToList();
        var created = 0;
        foreach (var group in open.GroupBy(p => p.GroupId, StringComparer.Ordinal))
        {
            var entry = Guid.TryParse(group.Key, out var id) ? await orders.GetAsync(id, ct) : null;
            var brokerName = entry?.Broker ?? PaperBroker.BrokerName;
            var broker = brokers.For(brokerName);
            var holdings = group.Select(p => new Position(p.GroupId, p.Strategy, p.Ticker, p.OccSymbol, p.NetContracts, p.AveragePrice, p.RealizedPnl, p.Commissions)).ToList();
            var quotes = (await broker.GetQuotesAsync(holdings.Select(h => h.OccSymbol).ToList(), ct))
                .Where(q => q.Bid is { } b && q.Ask is { } a && b >= 0 && a >= b)
                .ToDictionary(q => q.Symbol, q => new OptionQuote(q.Symbol, q.Bid!.Value, q.Ask!.Value, (int)Math.Min(q.BidSize ?? 0, int.MaxValue), (int)Math.Min(q.AskSize ?? 0, int.MaxValue)), StringComparer.Ordinal);
            var settings = FlattenSettings.Default;
            var plan = HardStopFlattener.Plan(new KillSwitchState(KillSwitchMode.HardStop, KillSwitchTrigger.OperatorHardStop, reason, null), holdings, quotes, settings, TimeSpan.Zero);
            var now = clock.GetUtcNow().UtcDateTime;
            await using var tx = await database.BeginAsync(ct);
            foreach (var blocked in plan.Blocked)
            {
                await RaiseAsync(tx, group.First().Ticker, blocked.GroupId, blocked.Reason, now, ct);
            }

            foreach (var flatten in plan.Orders)
            {
                var o = flatten.Order;
                var credit = o.PriceType == Core.Orders.PriceType.NetCredit;
                // Rounded to the cent toward marketable: a credit down, a debit up.
                var start = credit ? Math.Floor(o.LimitPrice * 100m) / 100m : Math.Ceiling(o.LimitPrice * 100m) / 100m;
                if (start < 0.01m)
                {
                    await RaiseAsync(tx, o.Underlying, group.Key, $"natural close price {o.LimitPrice} {o.PriceType} is below one cent: nothing bids for it", now, ct);
                    continue;
                }

                var span = settings.EscalationStep * (settings.MaxLimitAttempts - 1);
                var orderId = Guid.CreateVersion7();
                var row = new OrderRow
                {
                    Id = orderId, Purpose = "FLATTEN", GroupId = group.Key, RunId = entry?.RunId ?? Guid.Empty, SessionDate = MarketDate.Of(clock.GetUtcNow()),
                    Ticker = o.Underlying, Strategy = o.Strategy, Mode = entry?.Mode ?? ExecutionMode.Paper, Simulated = entry?.Simulated ?? true, Broker = brokerName,
                    PriceType = credit ? "CREDIT" : "DEBIT", Quantity = o.Quantity, LimitPrice = start, StartPrice = start,
                    WorstPrice = credit ? Math.Max(0.01m, start - span) : start + span, Step = settings.EscalationStep,
                    StepIntervalMs = (int)settings.EscalationInterval.TotalMilliseconds, MaxDurationMs = (int)(settings.EscalationInterval.TotalMilliseconds * settings.MaxLimitAttempts),
                    State = "new", CreatedAt = now,
                    Legs = o.Legs.Select(l => new OrderLegRow(l.OccSymbol, OrderTexts.Side(l.Side), l.Ratio, "CLOSE")).ToList(),
                };
                if (credit && row.WorstPrice > row.StartPrice)
                {
                    row = Clone(row, row.StartPrice);
                }

                await OrderStore.InsertAsync(tx, row, ct);
                await JournalStore.AddAsync(tx, new JournalRow(now, "ORDER", orderId, row.Ticker,
                    string.Create(CultureInfo.InvariantCulture, $"flatten of group {group.Key} ({reason}): {row.Mode} {OrderMapping.Describe(row)}, walk to {row.WorstPrice:0.00}")), ct);
                created++;
            }

            await tx.CommitAsync(ct);
        }

        return created;
    }

    private async Task RaiseAsync(OutboxTransaction tx, string ticker, string groupId, string reason, DateTime at, CancellationToken ct)
    {
        if (!raised.TryAdd(groupId, reason))
        {
            return;
        }

        var text = $"flatten of group {groupId} blocked: {reason}; an operator must close it";
        await JournalStore.AddAsync(tx, new JournalRow(at, "KILL_SWITCH", null, ticker, text), ct);
        await tx.PublishAsync(new ExecutionAlertRaised(Guid.Empty, MarketDate.Of(new DateTimeOffset(at, TimeSpan.Zero)), "FLATTEN_BLOCKED",
            $"Execution: flatten of {ticker} blocked", [text], new DateTimeOffset(at, TimeSpan.Zero)), ct);
    }

    private static OrderRow Clone(OrderRow r, decimal worst) => new()
    {
        Id = r.Id, Purpose = r.Purpose, GroupId = r.GroupId, RunId = r.RunId, SessionDate = r.SessionDate, Ticker = r.Ticker, Strategy = r.Strategy, Mode = r.Mode,
        Simulated = r.Simulated, Broker = r.Broker, PriceType = r.PriceType, Quantity = r.Quantity, LimitPrice = r.LimitPrice, StartPrice = r.StartPrice, WorstPrice = worst,
        Step = r.Step, StepIntervalMs = r.StepIntervalMs, MaxDurationMs = r.MaxDurationMs, State = r.State, CreatedAt = r.CreatedAt, Legs = r.Legs,
    };
}
