using System.Globalization;
using System.Text;

namespace Kapman.Notification.Core;

/// <summary>
/// The emails of execution's events (issue 18 item 11): a fill, a partial fill or a rejection of an order, and every kill-switch change.
/// Other order states (working, cancelled, expired) are not mailed: the journal has them. A simulated order (paper or shadow) says so in
/// its subject, so a paper fill is never read as a real one.
/// </summary>
public static class ExecutionMessages
{
    /// <summary>Kind of an order email.</summary>
    public const string OrderKind = "ORDER_UPDATE";

    /// <summary>Kind of a kill-switch email.</summary>
    public const string KillSwitchKind = "KILL_SWITCH";

    private static readonly string[] Mailed = ["filled", "partially_filled", "rejected"];

    /// <summary>True when a change to <paramref name="toState"/> is mailed.</summary>
    public static bool IsMailed(string toState) => Mailed.Contains(toState, StringComparer.Ordinal);

    /// <summary>
    /// The email of an order change, or null when its state is not mailed. Keyed by order, state and units filled so far, so a redelivered
    /// event mails once and each further partial fill mails again.
    /// </summary>
    public static ComposedMessage? Order(OrderUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!IsMailed(update.ToState))
        {
            return null;
        }

        var label = update.Simulated ? $"{update.Mode}, simulated" : update.Mode;
        var what = update.ToState == "rejected"
            ? "order rejected"
            : string.Create(CultureInfo.InvariantCulture, $"{(update.ToState == "filled" ? "filled" : "partially filled")} {update.FilledQuantity}/{update.Quantity} at {update.FillPrice:0.00##}");
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"Order {update.OrderId} ({label}) went {update.FromState} -> {update.ToState} at {update.At.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC.\n");
        body.Append(CultureInfo.InvariantCulture, $"Order: {update.Description}\n");
        if (update.FillQuantity > 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"This fill: {update.FillQuantity} unit(s) at {update.FillPrice:0.00##} $/share; filled so far {update.FilledQuantity} of {update.Quantity}.\n");
        }

        if (update.Reason is { Length: > 0 } reason)
        {
            body.Append(CultureInfo.InvariantCulture, $"Reason: {reason}\n");
        }

        if (update.Simulated)
        {
            body.Append("Simulated: the paper model filled it; no broker took part.\n");
        }

        body.Append("The execution journal (GET /api/execution/journal) has the full record.");
        return new ComposedMessage(
            string.Create(CultureInfo.InvariantCulture, $"order:{update.OrderId:N}:{update.ToState}:{update.FilledQuantity}"), OrderKind, update.SessionDate,
            update.Ticker, $"Execution [{label}] {update.Ticker}: {what}", body.ToString(), Route: Routing.RouteKinds.OfOrderState(update.ToState));
    }

    /// <summary>
    /// The email of a kill-switch change. Keyed by the new mode and the instant of the change (version 2), else by the session, mode and
    /// reason, so a redelivered event mails once.
    /// </summary>
    public static ComposedMessage KillSwitch(KillSwitchUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var from = update.PreviousMode ?? "?";
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"The execution kill switch went {from} -> {update.Mode}");
        if (update.ChangedAt is { } at)
        {
            body.Append(CultureInfo.InvariantCulture, $" at {at.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC");
        }

        body.Append(CultureInfo.InvariantCulture, $" by {update.ChangedBy ?? "?"} ({update.Trigger ?? "?"}).\nReason: {update.Reason}\n");
        body.Append(update.Mode switch
        {
            "safe_mode" => "Safe mode: new entries are blocked and working entries cancelled; positions stay and exits still run.\n",
            "hard_stop" => "Hard stop: every working order is cancelled and every position flattened.\n",
            _ => "Normal: entries are accepted again.\n",
        });
        body.Append("A reset needs the operator's key (POST /api/execution/kill-switch).");
        var key = update.ChangedAt is { } t
            ? string.Create(CultureInfo.InvariantCulture, $"killswitch:{update.Mode}:{t.UtcDateTime:O}")
            : string.Create(CultureInfo.InvariantCulture, $"killswitch:{update.Mode}:{update.SessionDate:yyyy-MM-dd}:{update.Reason}");
        return new ComposedMessage(key, KillSwitchKind, update.SessionDate, null, $"Execution kill switch: {from} -> {update.Mode}", body.ToString());
    }
}
