using Kapman.Execution.Core.KillSwitch;
using Kapman.Execution.Data;
using Kapman.Execution.Risk;
using Kapman.Execution.Trading;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.Orders;

/// <summary>
/// The walking-limit worker: every <see cref="ExecutionOptions.PollIntervalMs"/> it applies the kill switch (asks the worker itself to cancel
/// what <see cref="KillSwitchPolicy.OrdersToCancel"/> names; in a hard stop, once a group has no active order, flattens it through
/// <see cref="FlattenService"/>), then advances every active order one step (<see cref="OrderWalker"/>). It keeps no state of its own:
/// after a restart, including a <c>kill -9</c> in the middle of a walk, the first tick resumes every order from what is stored.
/// </summary>
public sealed partial class OrderWorker(
    ServiceDatabase database, OrderStore orders, PositionStore positions, KillSwitchStore killSwitch, OrderWalker walker, FlattenService flattener,
    RiskMonitor risk, ExecutionGate gate, IOptions<ExecutionOptions> options, TimeProvider clock, ILogger<OrderWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await gate.EnterAsync(stoppingToken);
                try
                {
                    await TickAsync(stoppingToken);
                }
                finally
                {
                    gate.Exit();
                    gate.MarkResumed();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the worker must outlive a failed tick (a database outage): logged and tried again next poll
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogTickFailed(logger, ex);
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(options.Value.PollIntervalMs), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass: the kill switch's cancels, every active order one step, then a hard stop's flattens.</summary>
    public async Task TickAsync(CancellationToken ct)
    {
        var row = await killSwitch.GetAsync(ct);
        var state = new KillSwitchState(OrderTexts.ParseMode(row.Mode), null, row.Reason, null);
        var active = await orders.ActiveAsync(ct);
        var toCancel = KillSwitchPolicy.OrdersToCancel(state, active.Where(o => o.Purpose != "FLATTEN").Select(o => OrderMapping.Lifecycle(o)))
            .Select(l => Guid.Parse(l.Order.Id)).ToHashSet();
        if (active.Any(o => toCancel.Contains(o.Id) && o.CancelRequested is null))
        {
            await using var tx = await database.BeginAsync(ct);
            await OrderStore.RequestCancelAsync(tx, toCancel, $"kill switch {row.Mode}: {row.Reason}", clock.GetUtcNow().UtcDateTime, ct);
            await tx.CommitAsync(ct);
            active = await orders.ActiveAsync(ct);
        }

        foreach (var order in active)
        {
            try
            {
                await walker.AdvanceAsync(order, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogOrderFailed(logger, ex, order.Id);
            }
        }

        // Fills change the book: the risk triggers are checked when the position book changed (docs/domain/risk-book.md#caps-and-triggers).
        try
        {
            await risk.CheckIfChangedAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRiskFailed(logger, ex);
        }

        if (state.Mode == KillSwitchMode.HardStop)
        {
            var open = (await positions.AllAsync(ct)).Where(p => p.NetContracts != 0).Select(p => p.GroupId).Distinct(StringComparer.Ordinal).ToList();
            if (open.Count > 0)
            {
                await flattener.FlattenGroupsAsync(open, $"hard stop: {row.Reason}", ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The order worker's tick failed; retried on the next poll")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The risk trigger check after a tick failed; tried again on the next change or interval")]
    private static partial void LogRiskFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Order {OrderId} could not be advanced; retried on the next poll")]
    private static partial void LogOrderFailed(ILogger logger, Exception exception, Guid orderId);
}
