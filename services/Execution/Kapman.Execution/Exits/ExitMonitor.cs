using System.Globalization;
using Kapman.Execution.Core.Exits;
using Kapman.Execution.Core.KillSwitch;
using Kapman.Execution.Core.Orders;
using Kapman.Execution.Data;
using Kapman.Execution.Orders;
using Kapman.Execution.Trading;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.Exits;

/// <summary>
/// One exit-monitor scan of every open position group (docs/domain/execution.md#exit-guardrails, seed 003 §2.6 exit path, Appendix G):
/// <list type="number">
/// <item>a group with an active order (its entry still walking, a close or flatten working) is left alone: two closes could over-close it;</item>
/// <item>its mark comes from the latest stored chain through the options read contract (<see cref="StoredChainReader"/>), read as
/// <see cref="ExitMarks"/> says; entry type, price and time from its entry order and holdings;</item>
/// <item><see cref="ExitEvaluator"/> decides with the state stored after the last scan (<c>exit_scans</c>), so a restart keeps the streaks;</item>
/// <item>an EXIT creates one CLOSE order, walked like an entry (<see cref="WalkOptions"/>) from the mark rounded to the cent, unless the kill
/// switch is in hard stop (<see cref="KillSwitchPolicy.MayAcceptClose"/>: the flatten owns every close; safe mode lets exits run);</item>
/// <item>the new state, the decision with its reason (<c>exit_decisions</c>) and, for a defer or an exit, a journal line are stored in one
/// transaction with the order.</item>
/// </list>
/// The clock is the injected <see cref="TimeProvider"/>; the session date of a scan is its New York date.
/// </summary>
public sealed partial class ExitMonitor(
    ServiceDatabase database, OrderStore orders, PositionStore positions, ExitScanStore scans, StoredChainReader chain,
    IOptions<ExitOptions> exitOptions, IOptions<ExecutionOptions> executionOptions, TimeProvider clock, ILogger<ExitMonitor> logger)
{
    /// <summary>Scans every open group once; returns the decisions made, one per group scanned.</summary>
    public async Task<IReadOnlyList<ExitDecisionRow>> ScanAsync(CancellationToken ct)
    {
        var busy = (await orders.ActiveAsync(ct)).Select(o => o.GroupId).ToHashSet(StringComparer.Ordinal);
        var states = await scans.AllAsync(ct);
        var decisions = new List<ExitDecisionRow>();
        foreach (var group in (await positions.AllAsync(ct)).Where(p => p.NetContracts != 0).GroupBy(p => p.GroupId, StringComparer.Ordinal))
        {
            if (busy.Contains(group.Key))
            {
                continue;
            }

            var entry = Guid.TryParse(group.Key, out var id) ? await orders.GetAsync(id, ct) : null;
            if (entry is not { Purpose: "ENTRY", AverageFillPrice: { } entryPrice })
            {
                LogNoEntry(logger, group.Key);
                continue;
            }

            decisions.Add(await ScanGroupAsync(entry, entryPrice, group.ToList(), states.GetValueOrDefault(group.Key) ?? ExitScanState.Initial, ct));
        }

        return decisions;
    }

    private async Task<ExitDecisionRow> ScanGroupAsync(OrderRow entry, decimal entryPrice, IReadOnlyList<PositionRow> holdings, ExitScanState state, CancellationToken ct)
    {
        var settings = exitOptions.Value;
        var now = clock.GetUtcNow();
        var session = MarketDate.Of(now);
        var entryType = OrderTexts.ParsePriceType(entry.PriceType);
        var stored = await chain.LatestAsync(holdings.Select(h => h.OccSymbol).ToList(), session, ct);
        var quotes = stored.ToDictionary(q => q.Key, q => new MarkQuote(Price(q.Value.Bid), Price(q.Value.Ask)), StringComparer.Ordinal);
        var mark = ExitMarks.Of(holdings.Select(h => new ExitHolding(h.OccSymbol, h.NetContracts)).ToList(), entryType, quotes);
        var position = new ExitPosition(entry.GroupId, entryType, entryPrice, mark.Units,
            new DateTimeOffset(DateTime.SpecifyKind(holdings.Min(h => h.OpenedAt), DateTimeKind.Utc)), holdings.Min(h => Expiration(h.OccSymbol)));
        var decision = ExitEvaluator.Evaluate(position, settings.Rules(), settings.Guards(), state, new ExitScan(now, session, mark.Mark));
        var detail = mark.Problem is null ? decision.Detail : $"{decision.Detail}: {mark.Problem}";
        var at = now.UtcDateTime;

        await using var tx = await database.BeginAsync(ct);
        Guid? orderId = null;
        if (decision.Action == ExitAction.Exit)
        {
            (orderId, var why) = await CloseAsync(tx, entry, holdings, mark, decision, at, ct);
            detail = why is null ? $"{detail}; closing order {orderId}" : $"{detail}; {why}";
        }

        var row = new ExitDecisionRow(entry.GroupId, at, Action(decision.Action), Reason(decision.Reason), mark.Mark, decision.PnlPerShare, detail, orderId);
        await ExitScanStore.SaveAsync(tx, entry.GroupId, decision.State, at, ct);
        await ExitScanStore.AddDecisionAsync(tx, row, ct);
        if (decision.Action != ExitAction.Hold)
        {
            await JournalStore.AddAsync(tx, new JournalRow(at, "EXIT", orderId, entry.Ticker,
                $"group {entry.GroupId} ({entry.Strategy}): {row.Action} {row.Reason}, {detail}"), ct);
        }

        await tx.CommitAsync(ct);
        return row;
    }

    /// <summary>Creates the CLOSE order of an exit; returns its id, or why none was created.</summary>
    private async Task<(Guid? OrderId, string? Why)> CloseAsync(
        OutboxTransaction tx, OrderRow entry, IReadOnlyList<PositionRow> holdings, ExitMark mark, ExitDecision decision, DateTime at, CancellationToken ct)
    {
        // The switch row is locked first so that a close and a kill-switch change never interleave (as an approval does).
        var killSwitch = await KillSwitchStore.LockAsync(tx, ct);
        var (allowed, why) = KillSwitchPolicy.MayAcceptClose(new KillSwitchState(OrderTexts.ParseMode(killSwitch.Mode), null, killSwitch.Reason, null));
        if (!allowed)
        {
            return (null, $"no closing order: {why}");
        }

        var start = mark.Mark is { } m ? Math.Round(m, 2, MidpointRounding.AwayFromZero) : 0m;
        if (start < 0.01m)
        {
            return (null, "no closing order: the group has no mark of at least one cent to start the walk from; tried again next scan");
        }

        // Closing a debit position sells it (a credit limit walking down); closing a credit position buys it back (a debit walking up).
        var credit = OrderTexts.ParsePriceType(entry.PriceType) == PriceType.NetDebit;
        var walk = executionOptions.Value.Walk;
        var span = walk.Step * (walk.MaxSteps - 1);
        var id = Guid.CreateVersion7();
        var order = new OrderRow
        {
            Id = id, Purpose = "CLOSE", GroupId = entry.GroupId, RunId = entry.RunId, SessionDate = MarketDate.Of(clock.GetUtcNow()), Ticker = entry.Ticker,
            Strategy = entry.Strategy, Mode = entry.Mode, Simulated = entry.Simulated, Broker = entry.Broker, PriceType = credit ? "CREDIT" : "DEBIT",
            Quantity = mark.Units, LimitPrice = start, StartPrice = start, WorstPrice = credit ? Math.Max(0.01m, start - span) : start + span, Step = walk.Step,
            StepIntervalMs = walk.StepIntervalMs, MaxDurationMs = walk.StepIntervalMs * walk.MaxSteps, State = "new", CreatedAt = at,
            Legs = holdings.Select(h => new OrderLegRow(h.OccSymbol, h.NetContracts > 0 ? "SELL" : "BUY", Math.Abs(h.NetContracts) / mark.Units, "CLOSE")).ToList(),
        };
        await OrderStore.InsertAsync(tx, order, ct);
        await JournalStore.AddAsync(tx, new JournalRow(at, "ORDER", id, order.Ticker, string.Create(CultureInfo.InvariantCulture,
            $"exit of group {entry.GroupId} ({Reason(decision.Reason)}): {order.Mode} {OrderMapping.Describe(order)}, walk {order.StartPrice:0.00} to {order.WorstPrice:0.00} by {order.Step:0.00}")), ct);
        return (id, null);
    }

    private static decimal? Price(double? value) => value is { } v && double.IsFinite(v) ? (decimal)v : null;

    /// <summary>The expiry in an unpadded OCC symbol: the six digits YYMMDD before the right and the strike (docs/domain/execution.md#occ-symbols).</summary>
    private static DateOnly Expiration(string occSymbol) =>
        DateOnly.ParseExact(occSymbol.AsSpan(occSymbol.Length - 15, 6), "yyMMdd", CultureInfo.InvariantCulture);

    private static string Action(ExitAction action) => action switch
    {
        ExitAction.Exit => "EXIT",
        ExitAction.Defer => "DEFER",
        _ => "HOLD",
    };

    private static string Reason(ExitReason reason) => reason switch
    {
        ExitReason.ProfitTarget => "PROFIT_TARGET",
        ExitReason.StopLoss => "STOP_LOSS",
        ExitReason.TimeStop => "TIME_STOP",
        ExitReason.VixSpike => "VIX_SPIKE",
        _ => "NONE",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Position group {GroupId} has no filled entry order; the exit monitor leaves it to an operator")]
    private static partial void LogNoEntry(ILogger logger, string groupId);
}
