using System.Globalization;
using System.Text;

namespace Kapman.Notification.Core.Telegram;

/// <summary>
/// The plain text (no parse mode, so nothing needs escaping) of the Telegram approval message for a recommendation, and the outcome
/// line appended to it once a button was pressed (issue 20 item 2; seed 004 §8: trades wait in a Telegram approval queue).
/// </summary>
public static class ApprovalMessage
{
    /// <summary>Telegram's limit on a message's text, in characters after entity parsing (Bot API, <c>sendMessage</c>).</summary>
    public const int MaxTextLength = 4096;

    /// <summary>
    /// The message: a header labelling it a suggestion, one line per leg (<c>BUY 1 x SPY251024C00650000 @ 2.52</c>), the net limit
    /// (debit when positive, credit when negative, $ per share), the size and expiry, and what Approve does. Prices have two decimals.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    public static string Compose(RecommendationCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Suggestion (not an order yet): {card.Ticker} {card.Strategy}, session {card.SessionDate:yyyy-MM-dd}\n");
        foreach (var leg in card.Legs)
        {
            text.Append(CultureInfo.InvariantCulture, $"{leg.Side} {leg.Ratio} x {leg.OccSymbol} @ {leg.LimitPrice:0.00}\n");
        }

        if (card.NetLimitPrice is { } net)
        {
            var kind = net >= 0 ? "debit" : "credit";
            text.Append(CultureInfo.InvariantCulture, $"Net limit: {Math.Abs(net):0.00} {kind} per share\n");
        }

        if (card.Contracts is { } contracts)
        {
            text.Append(CultureInfo.InvariantCulture, $"Contracts: {contracts}");
            text.Append(card.Expiration is { } expiry ? string.Create(CultureInfo.InvariantCulture, $", expiring {expiry:yyyy-MM-dd}\n") : "\n");
        }

        text.Append("Approve sends it to execution as an order; Reject records that it is not taken.");
        var composed = text.ToString();
        return composed.Length <= MaxTextLength ? composed : composed[..MaxTextLength];
    }

    /// <summary>
    /// <paramref name="original"/> with the outcome on a line of its own, cut so the whole stays within <see cref="MaxTextLength"/>.
    /// </summary>
    public static string WithOutcome(string? original, string outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var suffix = "\n\n" + outcome;
        var body = original ?? string.Empty;
        var room = Math.Max(0, MaxTextLength - suffix.Length);
        return (body.Length <= room ? body : body[..room]) + suffix;
    }
}
