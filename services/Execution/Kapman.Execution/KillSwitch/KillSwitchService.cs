using Kapman.Contracts;
using Kapman.Execution.Core.KillSwitch;
using Kapman.Execution.Data;
using Kapman.Execution.Orders;
using Kapman.Execution.Trading;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Execution.KillSwitch;

/// <summary>
/// Moves the persisted kill switch through <see cref="KillSwitchMachine"/> (docs/domain/execution.md#kill-switch, seed 003 Appendix F): in one transaction the new mode is
/// stored, journalled, published as <see cref="KillSwitchChanged"/>, and the orders <see cref="KillSwitchPolicy.OrdersToCancel"/> names
/// are marked for the worker to cancel (working entries in safe mode; every order but the flattens in a hard stop). The worker then
/// cancels them at the broker and, in a hard stop, flattens every position. Entries are refused until an authorised reset.
/// </summary>
public sealed class KillSwitchService(ServiceDatabase database, OrderStore orders, TimeProvider clock)
{
    /// <summary>Applies <paramref name="request"/>; returns the state after it, or why it was refused.</summary>
    /// <param name="request">The request (a reset must carry <see cref="KillSwitchRequest.IsAuthorised"/>).</param>
    /// <param name="changedBy">Who asked: <c>operator</c> or <c>reconciliation</c>.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<(KillSwitchRow State, string? Error)> ChangeAsync(KillSwitchRequest request, string changedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var active = await orders.ActiveAsync(ct);
        await using var tx = await database.BeginAsync(ct);
        var row = await KillSwitchStore.LockAsync(tx, ct);
        var current = new KillSwitchState(OrderTexts.ParseMode(row.Mode), Enum.TryParse<KillSwitchTrigger>(row.Trigger, out var t) ? t : null, row.Reason,
            row.ChangedAt is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null);
        var result = KillSwitchMachine.Apply(current, request);
        if (!result.Accepted)
        {
            return (row, result.Error);
        }

        if (result.Transition is not { } transition)
        {
            return (row, null);
        }

        var next = new KillSwitchRow(OrderTexts.Mode(transition.To), transition.Trigger.ToString(), transition.Reason, transition.At.UtcDateTime, changedBy);
        await KillSwitchStore.SaveAsync(tx, next, ct);
        await JournalStore.AddAsync(tx, new JournalRow(transition.At.UtcDateTime, "KILL_SWITCH", null, null,
            $"{OrderTexts.Mode(transition.From)} -> {next.Mode} by {changedBy} ({transition.Trigger}): {transition.Reason}"), ct);
        await tx.PublishAsync(new KillSwitchChanged(Guid.Empty, MarketDate.Of(transition.At), next.Mode, transition.Reason, OrderTexts.Mode(transition.From),
            transition.Trigger.ToString(), changedBy, transition.At), ct);
        var cancel = KillSwitchPolicy.OrdersToCancel(result.State, active.Where(o => o.Purpose != "FLATTEN").Select(o => OrderMapping.Lifecycle(o)))
            .Select(l => Guid.Parse(l.Order.Id)).ToList();
        if (cancel.Count > 0)
        {
            await OrderStore.RequestCancelAsync(tx, cancel, $"kill switch {next.Mode}: {transition.Reason}", clock.GetUtcNow().UtcDateTime, ct);
        }

        await tx.CommitAsync(ct);
        return (next, null);
    }
}
