using System.Globalization;
using Kapman.Notification.Core.Telegram;
using Kapman.Notification.Telegram.BotApi;

namespace Kapman.Notification.Commentary;

/// <summary>
/// A press of a market report's Approve or Reject in an allow-listed chat (the Telegram <see cref="Telegram.CallbackHandler"/> checks the
/// chat first): decided once through <see cref="ReportApprovals.DecideAsync"/>, answered, and the message's buttons replaced by the outcome;
/// a second press is answered "Already decided." and does nothing.
/// </summary>
public sealed class ReportCallbackHandler(ReportApprovals approvals, BotApiClient bot)
{
    /// <summary>Handles the press <paramref name="query"/> carrying <paramref name="data"/>.</summary>
    public async Task<bool> HandleAsync(BotCallbackQuery query, CallbackData data, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(data);
        var who = query.From.Username is { } user ? "@" + user : query.From.FirstName ?? query.From.Id.ToString(CultureInfo.InvariantCulture);
        var decision = await approvals.DecideAsync(data.RecommendationId, data.Action == CallbackAction.Approve, "telegram " + who, ct);
        var answer = decision switch
        {
            ReportDecision.Approved => "Report approved and sent by email.",
            ReportDecision.Rejected => "Report rejected; it is not distributed.",
            ReportDecision.AlreadyDecided => "Already decided.",
            ReportDecision.NotReady => "The report is still being written.",
            _ => "This report is not known.",
        };
        await bot.AnswerCallbackQueryAsync(query.Id, answer, ct);
        if (decision is ReportDecision.Approved or ReportDecision.Rejected && query.Message is { } message)
        {
            var outcome = decision == ReportDecision.Approved ? $"Approved by {who}: sent by email." : $"Rejected by {who}.";
            try
            {
                await bot.EditMessageTextAsync(message.Chat.Id, message.MessageId, ApprovalMessage.WithOutcome(message.Text, outcome), ct);
            }
            catch (BotApiException)
            {
                // The decision stands; only its display failed (e.g. the message is too old to edit).
            }
        }

        return true;
    }
}
