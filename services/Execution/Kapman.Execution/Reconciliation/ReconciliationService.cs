using System.Globalization;
using Kapman.Contracts;
using Kapman.Execution.Brokers.Paper;
using Kapman.Execution.Core.KillSwitch;
using Kapman.Execution.Core.Positions;
using Kapman.Execution.Core.Reconciliation;
using Kapman.Execution.Data;
using Kapman.Execution.KillSwitch;
using Kapman.Execution.Orders;
using Kapman.Execution.Trading;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Kapman.Execution.Reconciliation;

/// <summary>
/// Reconciliation on start and every <see cref="ExecutionOptions.ReconcileIntervalSeconds"/> (docs/domain/execution.md#reconciliation, seed 003 §4 task 5.1.1: 120 s) against the
/// broker of the current mode (the paper broker unless LIVE): the local book (orders with their resting rung's broker id, the position
/// book, the stored executions) is compared with the broker's snapshot by <see cref="Reconciler"/>. Every difference is journalled
/// (RECONCILIATION). An unexplained one, seen again on a second snapshot read at once, puts the kill switch in safe mode (<see cref="KillSwitchTrigger.ReconciliationMismatch"/>) and raises
/// <see cref="ExecutionAlertRaised"/>. Explained differences (fills and states not yet read) are left to the order worker's next poll,
/// which reads the same broker; nothing is repaired here. Runs under <see cref="ExecutionGate"/>, after the worker resumed the stored
/// orders, so a rung between its placing and its storing is never compared.
/// </summary>
public sealed partial class ReconciliationService(
    ServiceDatabase database, OrderStore orders, WalkStepStore steps, PositionStore positions, FillStore fills, BrokerDirectory brokers,
    KillSwitchService killSwitch, ExecutionGate gate, IOptions<ExecutionOptions> options, TimeProvider clock, ILogger<ReconciliationService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await gate.Resumed.WaitAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await gate.EnterAsync(stoppingToken);
                    try
                    {
                        await ReconcileAsync(stoppingToken);
                    }
                    finally
                    {
                        gate.Exit();
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(logger, ex);
                }

                await Task.Delay(TimeSpan.FromSeconds(options.Value.ReconcileIntervalSeconds), clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One reconciliation; returns its report.</summary>
    public async Task<ReconciliationReport> ReconcileAsync(CancellationToken ct)
    {
        var mode = ExecutionMode.Of(options.Value);
        var broker = mode == ExecutionMode.Live && brokers.Live is { } live ? live : brokers.For(PaperBroker.BrokerName);
        var now = clock.GetUtcNow();
        var since = now.AddDays(-1);
        var mine = await orders.ForReconciliationAsync(broker.Name, since.UtcDateTime, ct);
        var latest = await steps.LatestAsync(mine.Select(o => o.Id).ToList(), ct);
        var local = new List<LocalOrder>();
        foreach (var order in mine)
        {
            // Only orders whose last rung reached the broker: each rung is its own broker order, tagged with the rung's tag.
            if (latest.TryGetValue(order.Id, out var step) && step.BrokerOrderId is { } brokerId && step.Status is "PLACED" or "FILLED" or "PARTIALLY_FILLED" or "CANCELLED" or "REJECTED" or "EXPIRED")
            {
                var lifecycle = OrderMapping.Lifecycle(order, step.Price);
                local.Add(new LocalOrder(lifecycle with { Order = lifecycle.Order with { Id = step.ClientTag } }, brokerId));
            }
        }

        var book = (await positions.AllAsync(ct))
            .Where(p => p.Simulated == (broker.Name == PaperBroker.BrokerName))
            .Select(p => new Position(p.GroupId, p.Strategy, p.Ticker, p.OccSymbol, p.NetContracts, p.AveragePrice, p.RealizedPnl, p.Commissions)).ToList();
        var localBook = new LocalBook(local, book, await fills.KeysAsync(broker.Name, ct));
        var report = Reconciler.Reconcile(localBook, await BrokerSnapshotReader.ReadAsync(broker, since, ct));
        if (report.RequiresSafeMode)
        {
            // The snapshot's orders, positions and executions are three calls: a fill landing between two of them looks like a position
            // mismatch. Under the gate the local book cannot move, so only a difference a fresh snapshot still shows is acted on.
            report = Reconciler.Reconcile(localBook, await BrokerSnapshotReader.ReadAsync(broker, since, ct));
        }
        if (report.Differences.Count > 0)
        {
            await using var tx = await database.BeginAsync(ct);
            foreach (var d in report.Differences)
            {
                await JournalStore.AddAsync(tx, new JournalRow(now.UtcDateTime, "RECONCILIATION", null, null,
                    $"{broker.Name}: {d.Kind} {d.Subject}: {d.Detail}; {(d.Explained ? "explained" : "UNEXPLAINED")}, repair {d.Repair}"), ct);
            }

            if (report.RequiresSafeMode)
            {
                var unexplained = report.Differences.Where(d => !d.Explained).Select(d => $"{d.Kind} {d.Subject}: {d.Detail}").ToList();
                await tx.PublishAsync(new ExecutionAlertRaised(Guid.Empty, MarketDate.Of(now), "RECONCILIATION_MISMATCH",
                    string.Create(CultureInfo.InvariantCulture, $"Execution: {unexplained.Count} unexplained reconciliation difference(s) with {broker.Name}; safe mode"),
                    unexplained, now), ct);
            }

            await tx.CommitAsync(ct);
        }

        if (report.SafeModeRequest(now) is { } request)
        {
            await killSwitch.ChangeAsync(request, "reconciliation", ct);
        }

        LogReconciled(logger, broker.Name, report.Differences.Count, report.Differences.Count(d => !d.Explained), report.IsComplete);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciled with {Broker}: {Differences} difference(s), {Unexplained} unexplained, complete {Complete}")]
    private static partial void LogReconciled(ILogger logger, string broker, int differences, int unexplained, bool complete);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reconciliation failed; tried again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
