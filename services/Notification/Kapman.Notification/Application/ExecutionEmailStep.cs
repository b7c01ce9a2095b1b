using Kapman.Contracts;
using Kapman.Notification.Core;

namespace Kapman.Notification.Application;

/// <summary>
/// Emails execution's events (<see cref="ExecutionMessages"/>): an order's fill, partial fill or rejection, and each kill-switch change,
/// at most once each (<see cref="MessageDistributor"/>: Telegram and email as routed). Reads nothing but the event.
/// </summary>
public static class ExecutionEmailStep
{
    /// <summary>Mails <paramref name="message"/> when its new state is mailed; null when it is not (nothing recorded).</summary>
    public static async Task<DispatchOutcome?> OrderAsync(MessageDistributor email, OrderStateChanged message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(message);
        var composed = ExecutionMessages.Order(new OrderUpdate(message.OrderId, message.SessionDate, message.Ticker, message.Description, message.FromState,
            message.ToState, message.FillQuantity, message.FillPrice, message.FilledQuantity, message.Quantity, message.Mode, message.Simulated, message.Reason, message.At));
        return composed is null ? null : await email.DistributeAsync(composed, ct);
    }

    /// <summary>Mails <paramref name="message"/>.</summary>
    public static Task<DispatchOutcome> KillSwitchAsync(MessageDistributor email, KillSwitchChanged message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(message);
        return email.DistributeAsync(ExecutionMessages.KillSwitch(new KillSwitchUpdate(message.SessionDate, message.Mode, message.Reason, message.PreviousMode,
            message.Trigger, message.ChangedBy, message.ChangedAt)), ct);
    }
}
